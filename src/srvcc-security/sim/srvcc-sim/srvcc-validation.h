/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The model against closed forms (doc/srvcc-security.rst, Validation): srvcc-sim --validate runs
 * scenarios whose answer queueing theory (M/D/1, M/M/1, Little's law) or the GTPv2-C
 * retransmission rules give, replicated, and checks that each analytic value lies in the 95%
 * confidence interval of the replications. Writes validation.csv and the plots.
 */
#ifndef SRVCC_VALIDATION_H
#define SRVCC_VALIDATION_H

#include "srvcc-sim/srvcc-sweep-stats.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

struct SrvccValidationOptions
{
    std::string outputDir{"results/validation"};
    /** "queueing", "retransmission" or "all". */
    std::string study{"all"};
    /** Fewer points, UEs and replications: the figures of the test suite (about a minute). */
    bool quick{false};
    std::string gnuplot{"gnuplot"};
    std::ostream* log{nullptr}; ///< one line per point, when set
};

/** One comparison: the simulated mean with its 95% CI against the closed form. */
struct SrvccValidationCheck
{
    std::string study;     ///< "queueing" or "retransmission"
    std::string model;     ///< "M/D/1", "M/M/1", "T3/N3", ...
    std::string quantity;  ///< "mean_wait_ms", "utilization", "little_lq_minus_lambda_wq", ...
    double x{0};           ///< the point: offered load, loss probability, ...
    SrvccMeanCi simulated; ///< mean and 95% CI over the replications
    double analytic{0};
    /** The analytic value lies within the 95% CI (widened by 1e-9 for exact answers). */
    bool inCi95{false};
    /**
     * The family-wise interval: the CI at 1 - 0.05 / m for the m checks of the run (Bonferroni),
     * so that all m intervals hold the true values together with probability >= 95%. Of m
     * correct checks about 5% fall outside their own 95% CI by chance; a check fails only
     * outside this interval.
     */
    double familyLow{0};
    double familyHigh{0};
    bool passed{false};
    /**
     * A proportion pooled over the handovers of all replications (successes of trials), with
     * Clopper-Pearson intervals instead of the t interval over the replications' values.
     */
    bool pooled{false};
    uint64_t successes{0};
    uint64_t trials{0};
};

struct SrvccValidationResult
{
    std::vector<SrvccValidationCheck> checks;
    std::string csv;                 ///< <outputDir>/validation.csv
    std::vector<std::string> images; ///< the plots drawn (.svg and .png)
    std::string warning;             ///< why the plots were not drawn ("" when they were)
    uint64_t runs{0};

    /** Every check passed. */
    bool Passed() const;
};

/**
 * Run the study or studies of \p options.
 * \throws srvcc::ProgramError for an unknown study or an output that cannot be written
 */
SrvccValidationResult RunValidation(const SrvccValidationOptions& options);

} // namespace ns3

#endif // SRVCC_VALIDATION_H
