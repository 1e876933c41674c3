/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The GTPv2-C IEs that carry keys in 5G-SRVCC:
 *  - MM Context "EPS Security Context and Quadruplets" (TS 29.274 8.38, type 107), AMF to
 *    MME_SRVCC in the Forward Relocation Request: KASME_SRVCC, eKSI, NAS COUNTs, UE network
 *    capability (TS 33.501 J.1.2 step 3);
 *  - MM Context for E-UTRAN (v)SRVCC (TS 29.280 6.5, type 54, the default: eKSI, CK_SRVCC,
 *    IK_SRVCC, the items of J.1.2 step 5) and for UTRAN (v)SRVCC (6.6, type 55, selectable),
 *    MME_SRVCC to MSC server: KSI, CK/IK for the CS domain.
 */
#ifndef GTPV2C_IE_MM_CONTEXT_H
#define GTPV2C_IE_MM_CONTEXT_H

#include "gtpv2c-ie-handover.h"
#include "gtpv2c-ie.h"
#include "srvcc/secret-bytes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ns3
{

/** A 64-bit GSM key Kc (TS 29.280 6.6 Kc'). */
using Key64 = srvcc::SecretBytes<8>;

/**
 * \ingroup srvcc-security
 *
 * MM Context, EPS Security Context and Quadruplets (TS 29.274 Figure 8.38-5), security mode 4,
 * encoded and decoded to the end of the figure: octet 5 to octet 'a' (ENSCT).
 *
 * In 5G-SRVCC the AMF puts KASME_SRVCC (TS 33.501 A.21) in the KASME field and the ngKSI
 * value in KSI_ASME (TS 33.501 J.1.2 step 3: "KASME_SRVCC, eKSI and UE security capability";
 * that the KASME field is the one is the model's reading: the IE has no other 256-bit key).
 *
 * The encoder sends no quadruplets, quintuplets, AMBRs or old EPS security context (8.38:
 * "The AMF shall not transmit un-used authentication vectors to an MME", UAMBRI "shall be set
 * to 0 by the old AMF"); every length octet of the figure is sent, zero when its field is
 * empty. The decoder steps over vectors, AMBRs and an old security context with bounds
 * checks and drops them; it requires every octet up to and including octet 'a', checks each
 * length against the octets left and the field's size, and ignores octets after 'a' ("present
 * only if explicitly specified").
 */
struct EpsSecurityContext
{
    /** TS 29.274 Table 8.38-1: "EPS Security Context and Quadruplets". */
    static constexpr uint8_t kSecurityMode = 4;
    /** ENSCT values, TS 29.274 Table 8.38-6. */
    static constexpr uint8_t kEnsctNotReported = 0;
    static constexpr uint8_t kEnsctNative = 1;
    static constexpr uint8_t kEnsctMapped = 2;

    uint8_t ksiAsme{0};          ///< 3 bits; 7 means no key
    uint8_t usedNasIntegrity{0}; ///< 3 bits, Table 8.38-4 (0 none, 1 EIA1, 2 EIA2, 3 EIA3)
    uint8_t usedNasCipher{0};    ///< 4 bits, Table 8.38-2 (0 none, 1 EEA1, 2 EEA2, 3 EEA3)
    /**
     * 24 bits. TS 29.274 8.38: "the value that shall be used to send the next NAS message",
     * i.e. one above the COUNT the AMF used for KASME_SRVCC (TS 33.501 J.1.2 step 2).
     */
    uint32_t nasDownlinkCount{0};
    uint32_t nasUplinkCount{0};           ///< 24 bits
    srvcc::Key256 kasme;                  ///< KASME (KASME_SRVCC in 5G-SRVCC)
    std::optional<uint16_t> drx;          ///< DRX parameter (DRXI)
    std::optional<srvcc::Key256> nextHop; ///< NH, sent with NCC when set (NHI)
    uint8_t nextHopChainingCount{0};      ///< NCC, 3 bits, meaningful with nextHop
    /** UE Network Capability (TS 24.301 9.9.3.34): holds the UE security capability. */
    std::vector<uint8_t> ueNetworkCapability;
    std::vector<uint8_t> msNetworkCapability;
    /** The MEI field (8.38, coded as 8.10): IMEI (15) or IMEISV (16) digits. */
    std::optional<std::string> mei;
    /** Octet (r+1): UNA (bit 1), GENA, GANA, INA, ENA, HNNA, NBNA, ECNA (bit 8). */
    uint8_t accessRestriction{0};
    /** TS 24.008 10.5.5.28; 1-octet length. */
    std::vector<uint8_t> voiceDomainPreference;
    /** TS 36.413 9.2.1.98; 2-octet length (octets t+1 to t+2). */
    std::vector<uint8_t> ueRadioCapabilityForPaging;
    /** NRSRNA, USSRNA, NRNA, NRUSRNA, NRUNA (octet u+2 on); 1-octet length. */
    std::vector<uint8_t> extendedAccessRestriction;
    /** TS 24.301 9.9.3.53; 1-octet length. */
    std::vector<uint8_t> ueAdditionalSecurityCapability;
    /** TS 24.501 9.11.3.54; 1-octet length. */
    std::vector<uint8_t> ueNrSecurityCapability;
    /** APN Rate Control Status [1..z]; 2-octet length (octets y+1 to y+2). */
    std::vector<uint8_t> apnRateControlStatuses;
    /** TS 29.272 7.2.230: absent or exactly 4 octets (octets l+2 to l+5). */
    std::vector<uint8_t> coreNetworkRestrictions;
    /** TS 24.301 9.9.3.60; 1-octet length. */
    std::vector<uint8_t> ueRadioCapabilityId;
    /** ENSCT, bits 2-1 of octet 'a' (Table 8.38-6): the AMF's mapped context is "mapped". */
    uint8_t ensct{kEnsctMapped};
    bool tridi{false}; ///< TRIDI, bit 3 of octet 'a'

    bool operator==(const EpsSecurityContext& other) const;
};

void WriteEpsSecurityContextIe(Gtpv2cIeWriter& writer, const EpsSecurityContext& context,
                               uint8_t instance = 0);
EpsSecurityContext ReadEpsSecurityContextIe(const Gtpv2cRawIe& ie);

/**
 * \ingroup srvcc-security
 *
 * MM Context for E-UTRAN SRVCC (TS 29.280 6.5): eKSI (3 bits), CK_SRVCC, IK_SRVCC, classmarks.
 * Its fields are the ones TS 33.501 J.1.2 step 5 names (KSI_SRVCC, CK_SRVCC, IK_SRVCC).
 */
struct MmContextEutranSrvcc
{
    uint8_t eKsi{0};
    srvcc::Key128 ckSrvcc;
    srvcc::Key128 ikSrvcc;
    SrvccClassmarks classmarks;

    bool
    operator==(const MmContextEutranSrvcc& other) const
    {
        return eKsi == other.eKsi && ckSrvcc == other.ckSrvcc && ikSrvcc == other.ikSrvcc
               && classmarks == other.classmarks;
    }
};

void WriteMmContextEutranSrvccIe(Gtpv2cIeWriter& writer, const MmContextEutranSrvcc& context,
                                 uint8_t instance = 0);
MmContextEutranSrvcc ReadMmContextEutranSrvccIe(const Gtpv2cRawIe& ie);

/**
 * \ingroup srvcc-security
 *
 * MM Context for UTRAN SRVCC (TS 29.280 6.6): KSI'cs, CK'cs, IK'cs, Kc', CKSN', classmarks.
 * The decoder reads the 4 bits the Wireshark dissector shows for KSI'cs (mask 0x0f) and
 * rejects 8..15 (a KSI is 3 bits, TS 24.008 10.5.1.2), and keeps the 3 bits of CKSN'; the
 * encoder accepts 0..7 for both, so whatever decodes can be sent on.
 */
struct MmContextUtranSrvcc
{
    uint8_t ksiCs{0};
    srvcc::Key128 ckCs;
    srvcc::Key128 ikCs;
    Key64 kc;
    uint8_t cksn{0};
    SrvccClassmarks classmarks;

    bool
    operator==(const MmContextUtranSrvcc& other) const
    {
        return ksiCs == other.ksiCs && ckCs == other.ckCs && ikCs == other.ikCs && kc == other.kc
               && cksn == other.cksn && classmarks == other.classmarks;
    }
};

void WriteMmContextUtranSrvccIe(Gtpv2cIeWriter& writer, const MmContextUtranSrvcc& context,
                                uint8_t instance = 0);
MmContextUtranSrvcc ReadMmContextUtranSrvccIe(const Gtpv2cRawIe& ie);

} // namespace ns3

#endif // GTPV2C_IE_MM_CONTEXT_H
