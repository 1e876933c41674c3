/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The AMF <-> MME_SRVCC messages after the handover preparation: Forward Relocation Complete
 * Notification/Acknowledge (TS 29.274 7.3.3, 7.3.4) once the UE is in UTRAN, and Relocation
 * Cancel Request/Response (7.3.16, 7.3.17) when the AMF cancels the 5G-SRVCC handover.
 */
#ifndef GTPV2C_RELOCATION_COMPLETION_H
#define GTPV2C_RELOCATION_COMPLETION_H

#include "gtpv2c-ie-basic.h"
#include "gtpv2c-ie-handover.h"
#include "gtpv2c-message.h"

#include <optional>
#include <string>
#include <vector>

namespace ns3
{

/** IEs of the Forward Relocation Complete Notification (type 135). */
struct ForwardRelocationCompleteNotificationIes
{
    Gtpv2cIndication indication; ///< Indication (77), C

    bool
    operator==(const ForwardRelocationCompleteNotificationIes& other) const
    {
        return indication == other.indication;
    }
};

/** IEs of the Forward Relocation Complete Acknowledge (type 136). */
struct ForwardRelocationCompleteAcknowledgeIes
{
    Gtpv2cCause cause;               ///< Cause (2), M
    std::optional<uint8_t> recovery; ///< Recovery (3), O

    bool
    operator==(const ForwardRelocationCompleteAcknowledgeIes& other) const
    {
        return cause == other.cause && recovery == other.recovery;
    }
};

/** IEs of the Relocation Cancel Request (type 139), AMF -> MME_SRVCC. */
struct RelocationCancelRequestIes
{
    std::optional<std::string> imsi;    ///< IMSI (1), C
    std::optional<std::string> mei;     ///< MEI (75), C
    Gtpv2cIndication indication;        ///< Indication (77), C
    std::optional<Gtpv2cFCause> fCause; ///< F-Cause (119), RANAP cause, C

    bool
    operator==(const RelocationCancelRequestIes& other) const
    {
        return imsi == other.imsi && mei == other.mei && indication == other.indication
               && fCause == other.fCause;
    }
};

/** IEs of the Relocation Cancel Response (type 140). */
struct RelocationCancelResponseIes
{
    Gtpv2cCause cause; ///< Cause (2), M

    bool
    operator==(const RelocationCancelResponseIes& other) const
    {
        return cause == other.cause;
    }
};

/** \ingroup srvcc-security Forward Relocation Complete Notification (TS 29.274 7.3.3). */
class SrvccForwardRelocationCompleteNotification
    : public Gtpv2cMessageWithIes<SrvccForwardRelocationCompleteNotification,
                                  ForwardRelocationCompleteNotificationIes>
{
  public:
    SrvccForwardRelocationCompleteNotification();
    static TypeId GetTypeId();

  protected:
    void EncodeIes(Gtpv2cIeWriter& writer) const override;
    void DecodeIes(const std::vector<Gtpv2cRawIe>& ies) override;
    void PrintIes(std::ostream& os) const override;
};

/** \ingroup srvcc-security Forward Relocation Complete Acknowledge (TS 29.274 7.3.4). */
class SrvccForwardRelocationCompleteAcknowledge
    : public Gtpv2cMessageWithIes<SrvccForwardRelocationCompleteAcknowledge,
                                  ForwardRelocationCompleteAcknowledgeIes>
{
  public:
    SrvccForwardRelocationCompleteAcknowledge();
    static TypeId GetTypeId();

  protected:
    void EncodeIes(Gtpv2cIeWriter& writer) const override;
    void DecodeIes(const std::vector<Gtpv2cRawIe>& ies) override;
    void PrintIes(std::ostream& os) const override;
};

/** \ingroup srvcc-security Relocation Cancel Request (TS 29.274 7.3.16). */
class SrvccRelocationCancelRequest
    : public Gtpv2cMessageWithIes<SrvccRelocationCancelRequest, RelocationCancelRequestIes>
{
  public:
    SrvccRelocationCancelRequest();
    static TypeId GetTypeId();

  protected:
    void EncodeIes(Gtpv2cIeWriter& writer) const override;
    void DecodeIes(const std::vector<Gtpv2cRawIe>& ies) override;
    void PrintIes(std::ostream& os) const override;
};

/** \ingroup srvcc-security Relocation Cancel Response (TS 29.274 7.3.17). */
class SrvccRelocationCancelResponse
    : public Gtpv2cMessageWithIes<SrvccRelocationCancelResponse, RelocationCancelResponseIes>
{
  public:
    SrvccRelocationCancelResponse();
    static TypeId GetTypeId();

  protected:
    void EncodeIes(Gtpv2cIeWriter& writer) const override;
    void DecodeIes(const std::vector<Gtpv2cRawIe>& ies) override;
    void PrintIes(std::ostream& os) const override;
};

} // namespace ns3

#endif // GTPV2C_RELOCATION_COMPLETION_H
