/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The Sv messages that end an SRVCC PS to CS handover: Complete Notification/Acknowledge
 * (TS 29.280 5.2.4, 5.2.5) when the UE arrived in UTRAN, Cancel Notification/Acknowledge
 * (5.2.6, 5.2.7) when the source cancels it. A cancel obliges the MSC server to delete the
 * mapped SRVCC security context (TS 33.501 J.1.2).
 */
#ifndef GTPV2C_SV_COMPLETION_H
#define GTPV2C_SV_COMPLETION_H

#include "gtpv2c-ie-basic.h"
#include "gtpv2c-message.h"

#include <optional>
#include <string>
#include <vector>

namespace ns3
{

/** IEs of the SRVCC PS to CS Complete Notification (type 27), MSC server -> MME_SRVCC. */
struct SrvccPsToCsCompleteNotificationIes
{
    std::optional<std::string> imsi;              ///< IMSI (1), C
    std::optional<uint8_t> srvccPostFailureCause; ///< SRVCC Cause (56), O

    bool
    operator==(const SrvccPsToCsCompleteNotificationIes& other) const
    {
        return imsi == other.imsi && srvccPostFailureCause == other.srvccPostFailureCause;
    }
};

/** IEs of the Complete and Cancel Acknowledge (types 28 and 30): the Cause. */
struct SrvccPsToCsAcknowledgeIes
{
    Gtpv2cCause cause; ///< Cause (2), M

    bool
    operator==(const SrvccPsToCsAcknowledgeIes& other) const
    {
        return cause == other.cause;
    }
};

/** IEs of the SRVCC PS to CS Cancel Notification (type 29), MME_SRVCC -> MSC server. */
struct SrvccPsToCsCancelNotificationIes
{
    std::optional<std::string> imsi;                         ///< IMSI (1), C
    uint8_t srvccCause{SrvccCauseValue::kCancelledBySource}; ///< SRVCC Cause (56), M
    std::optional<std::string> mei;                          ///< MEI (75), C: emergency

    bool
    operator==(const SrvccPsToCsCancelNotificationIes& other) const
    {
        return imsi == other.imsi && srvccCause == other.srvccCause && mei == other.mei;
    }
};

/** \ingroup srvcc-security SRVCC PS to CS Complete Notification (TS 29.280 5.2.4). */
class SrvccPsToCsCompleteNotification
    : public Gtpv2cMessageWithIes<SrvccPsToCsCompleteNotification,
                                  SrvccPsToCsCompleteNotificationIes>
{
  public:
    SrvccPsToCsCompleteNotification();
    static TypeId GetTypeId();

  protected:
    void EncodeIes(Gtpv2cIeWriter& writer) const override;
    void DecodeIes(const std::vector<Gtpv2cRawIe>& ies) override;
    void PrintIes(std::ostream& os) const override;
};

/** \ingroup srvcc-security SRVCC PS to CS Complete Acknowledge (TS 29.280 5.2.5). */
class SrvccPsToCsCompleteAcknowledge
    : public Gtpv2cMessageWithIes<SrvccPsToCsCompleteAcknowledge, SrvccPsToCsAcknowledgeIes>
{
  public:
    SrvccPsToCsCompleteAcknowledge();
    static TypeId GetTypeId();

  protected:
    void EncodeIes(Gtpv2cIeWriter& writer) const override;
    void DecodeIes(const std::vector<Gtpv2cRawIe>& ies) override;
    void PrintIes(std::ostream& os) const override;
};

/** \ingroup srvcc-security SRVCC PS to CS Cancel Notification (TS 29.280 5.2.6). */
class SrvccPsToCsCancelNotification
    : public Gtpv2cMessageWithIes<SrvccPsToCsCancelNotification, SrvccPsToCsCancelNotificationIes>
{
  public:
    SrvccPsToCsCancelNotification();
    static TypeId GetTypeId();

  protected:
    void EncodeIes(Gtpv2cIeWriter& writer) const override;
    void DecodeIes(const std::vector<Gtpv2cRawIe>& ies) override;
    void PrintIes(std::ostream& os) const override;
};

/** \ingroup srvcc-security SRVCC PS to CS Cancel Acknowledge (TS 29.280 5.2.7). */
class SrvccPsToCsCancelAcknowledge
    : public Gtpv2cMessageWithIes<SrvccPsToCsCancelAcknowledge, SrvccPsToCsAcknowledgeIes>
{
  public:
    SrvccPsToCsCancelAcknowledge();
    static TypeId GetTypeId();

  protected:
    void EncodeIes(Gtpv2cIeWriter& writer) const override;
    void DecodeIes(const std::vector<Gtpv2cRawIe>& ies) override;
    void PrintIes(std::ostream& os) const override;
};

} // namespace ns3

#endif // GTPV2C_SV_COMPLETION_H
