/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * GTPv2-C information element framing (TS 29.274 8.2.1): type, length, instance, and the
 * bounds-checked reader and writer the typed IE codecs are built on.
 */
#ifndef GTPV2C_IE_H
#define GTPV2C_IE_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup srvcc-security
 *
 * IE types used by 5G-SRVCC: TS 29.274 Table 8.1-1 and TS 29.280 Table 6.1-1 (51-61).
 */
struct Gtpv2cIeType
{
    static constexpr uint8_t kImsi = 1;
    static constexpr uint8_t kCause = 2;
    static constexpr uint8_t kRecovery = 3;
    static constexpr uint8_t kStnSr = 51;
    static constexpr uint8_t kSourceToTargetTransparentContainer = 52;
    static constexpr uint8_t kTargetToSourceTransparentContainer = 53;
    static constexpr uint8_t kMmContextEutranSrvcc = 54;
    static constexpr uint8_t kMmContextUtranSrvcc = 55;
    static constexpr uint8_t kSrvccCause = 56;
    static constexpr uint8_t kTargetRncId = 57;
    static constexpr uint8_t kTargetGlobalCellId = 58;
    static constexpr uint8_t kTeidC = 59;
    static constexpr uint8_t kSvFlags = 60;
    static constexpr uint8_t kServiceAreaIdentifier = 61;
    static constexpr uint8_t kIpAddress = 74;
    static constexpr uint8_t kMei = 75;
    static constexpr uint8_t kMsisdn = 76;
    static constexpr uint8_t kIndication = 77;
    static constexpr uint8_t kFteid = 87;
    static constexpr uint8_t kMmContextEpsSecurityContextQuadruplets = 107;
    static constexpr uint8_t kFContainer = 118;
    static constexpr uint8_t kFCause = 119;
    static constexpr uint8_t kTargetIdentification = 121;
    static constexpr uint8_t kAdditionalMmContextForSrvcc = 159;
    static constexpr uint8_t kPrivateExtension = 255;

    /** \return the IE name as TS 29.274 / TS 29.280 give it, or "unknown IE" */
    static const char* Name(uint8_t type);
    /** \return e.g. "IE 55 (MM Context for UTRAN SRVCC)", the prefix of every IE error */
    static std::string Describe(uint8_t type);
};

/**
 * \ingroup srvcc-security
 *
 * One IE as found in a received message: the 4-octet IE header (TS 29.274 Figure 8.2.1-1)
 * and a view of the value octets, which stay owned by the message buffer.
 */
struct Gtpv2cRawIe
{
    uint8_t type{0};
    uint8_t instance{0};
    uint16_t length{0};
    const uint8_t* value{nullptr};
    std::size_t offset{0}; ///< offset of the IE header in the message body, for errors
};

/**
 * Split the IEs of a message body into their framing.
 * \throws Gtpv2cDecodeError when fewer than 4 octets remain for an IE header or an IE length
 *         overruns the body
 */
std::vector<Gtpv2cRawIe> SplitGtpv2cIes(const uint8_t* body, std::size_t size);

/** \throws Gtpv2cDecodeError "IE t (name) length n, expected e" unless the length is \p e */
void RequireIeLength(const Gtpv2cRawIe& ie, std::size_t expected);
/** \throws Gtpv2cDecodeError "IE t (name) length n, expected >= m" when shorter than \p m */
void RequireIeMinLength(const Gtpv2cRawIe& ie, std::size_t minimum);
/** \throws Gtpv2cDecodeError "IE t (name) <problem>" */
[[noreturn]] void ThrowIeError(const Gtpv2cRawIe& ie, const std::string& problem);

/**
 * \ingroup srvcc-security
 *
 * A cursor over the value of one IE. Every read checks the octets left first and raises a
 * Gtpv2cDecodeError naming the IE and the field instead of reading past the end.
 */
class Gtpv2cIeReader
{
  public:
    explicit Gtpv2cIeReader(const Gtpv2cRawIe& ie);

    uint8_t ReadU8(const char* field);
    uint16_t ReadU16(const char* field);
    uint32_t ReadU24(const char* field);
    uint32_t ReadU32(const char* field);
    void ReadBytes(uint8_t* out, std::size_t count, const char* field);
    std::vector<uint8_t> ReadVector(std::size_t count, const char* field);
    /** Read a 1-octet length followed by that many octets. */
    std::vector<uint8_t> ReadLengthPrefixed(const char* field);
    void Skip(std::size_t count, const char* field);

    std::size_t Remaining() const;
    std::size_t Offset() const;
    [[noreturn]] void Fail(const std::string& problem) const;

  private:
    void Need(std::size_t count, const char* field) const;

    const Gtpv2cRawIe& m_ie;
    std::size_t m_offset;
};

/**
 * \ingroup srvcc-security
 *
 * Appends IEs to a message body. The octets are wiped (srvcc::SecureWipe) when the writer is
 * destroyed and whenever the buffer grows, because a body may hold KASME_SRVCC or CK/IK.
 */
class Gtpv2cIeWriter
{
  public:
    Gtpv2cIeWriter();
    ~Gtpv2cIeWriter();
    Gtpv2cIeWriter(const Gtpv2cIeWriter&) = delete;
    Gtpv2cIeWriter& operator=(const Gtpv2cIeWriter&) = delete;

    /**
     * Start an IE; the length is filled in by End().
     * \return a mark to pass to End()
     */
    std::size_t Begin(uint8_t type, uint8_t instance);
    /** \throws Gtpv2cEncodeError when the IE value exceeds 65535 octets */
    void End(std::size_t mark);

    void PutU8(uint8_t value);
    void PutU16(uint16_t value);
    void PutU24(uint32_t value);
    void PutU32(uint32_t value);
    void PutBytes(const uint8_t* data, std::size_t count);
    void PutBytes(const std::vector<uint8_t>& data);
    /** A 1-octet length and the octets. \throws Gtpv2cEncodeError when above 255 octets */
    void PutLengthPrefixed(const std::vector<uint8_t>& data, const char* field);

    const uint8_t* Data() const;
    std::size_t Size() const;

  private:
    void Reserve(std::size_t extra);

    std::vector<uint8_t> m_octets;
};

} // namespace ns3

#endif // GTPV2C_IE_H
