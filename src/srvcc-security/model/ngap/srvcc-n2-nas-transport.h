/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The NGAP NAS transport messages (TS 38.413 8.6, 9.2.5): the gNB carries each NAS PDU
 * between the UE's radio leg and the AMF without reading it. The NAS PDU is opaque octets.
 */
#ifndef SRVCC_N2_NAS_TRANSPORT_H
#define SRVCC_N2_NAS_TRANSPORT_H

#include "srvcc-n2-messages.h"

namespace ns3
{

/** Base of the three NAS transport messages: the NAS-PDU (TS 38.413 9.3.3.4). */
class SrvccN2NasTransport : public SrvccN2Message
{
  public:
    static TypeId GetTypeId();

    void SetNasPdu(std::vector<uint8_t> nasPdu);
    const std::vector<uint8_t>& GetNasPdu() const;

  protected:
    /** Class-2 procedures: criticality ignore (TS 38.413 9.4.3). */
    NgapCriticality GetProcedureCriticality() const override;
    void PrintFields(std::ostream& os) const override;
    NgapIe NasPduIe() const;
    void ReadNasPdu(const NgapIeSet& set);

  private:
    std::vector<uint8_t> m_nasPdu;
};

/**
 * NG-RAN -> AMF: Initial UE Message (TS 38.413 9.2.5.1), the first uplink NAS PDU of a UE:
 * RAN UE NGAP ID, NAS-PDU, User Location Information (NR), RRC Establishment Cause. It has no
 * AMF UE NGAP ID (GetAmfUeNgapId() stays 0).
 */
class SrvccN2InitialUeMessage : public SrvccN2NasTransport
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    const char* GetMessageName() const override;
    NgapPduType GetPduType() const override;
    uint8_t GetProcedureCode() const override;

    void SetUserLocation(const NgapNrLocation& location);
    const NgapNrLocation& GetUserLocation() const;
    /** \param cause a root RRCEstablishmentCause, 0..9 (mo-Signalling = 3, the default) */
    void SetRrcEstablishmentCause(uint8_t cause);
    uint8_t GetRrcEstablishmentCause() const;

  protected:
    std::vector<NgapIe> BuildIes() const override;
    void ParseIes(const std::vector<NgapIe>& ies) override;

  private:
    NgapNrLocation m_location;
    uint8_t m_rrcEstablishmentCause{ngap::kRrcCauseMoSignalling};
};

/** AMF -> NG-RAN: Downlink NAS Transport (TS 38.413 9.2.5.2): ids, NAS-PDU. */
class SrvccN2DownlinkNasTransport : public SrvccN2NasTransport
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    const char* GetMessageName() const override;
    NgapPduType GetPduType() const override;
    uint8_t GetProcedureCode() const override;

  protected:
    std::vector<NgapIe> BuildIes() const override;
    void ParseIes(const std::vector<NgapIe>& ies) override;
};

/**
 * NG-RAN -> AMF: Uplink NAS Transport (TS 38.413 9.2.5.3): ids, NAS-PDU, User Location
 * Information (NR).
 */
class SrvccN2UplinkNasTransport : public SrvccN2NasTransport
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    const char* GetMessageName() const override;
    NgapPduType GetPduType() const override;
    uint8_t GetProcedureCode() const override;

    void SetUserLocation(const NgapNrLocation& location);
    const NgapNrLocation& GetUserLocation() const;

  protected:
    std::vector<NgapIe> BuildIes() const override;
    void ParseIes(const std::vector<NgapIe>& ies) override;

  private:
    NgapNrLocation m_location;
};

/**
 * The NAS-PDU of the NGAP NAS transport message (Initial UE Message, Uplink or Downlink NAS
 * Transport) in \p data, without the typed classes; never throws.
 * \return false for any other octets (another message, malformed)
 */
bool NgapPeekNasPdu(const uint8_t* data, std::size_t size, std::vector<uint8_t>& nasPdu);

} // namespace ns3

#endif // SRVCC_N2_NAS_TRANSPORT_H
