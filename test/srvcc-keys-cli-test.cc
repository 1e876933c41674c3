/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * srvcc-keys as a user runs it: the JSON it prints, its exit status, and its one-line errors.
 */
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace
{

struct Result
{
    int status;
    std::string out;
    std::string err;
};

Result
RunKeys(const std::string& args)
{
    char errPath[] = "/tmp/srvcc-keys-err-XXXXXX";
    const int fd = mkstemp(errPath);
    close(fd);
    const std::string command = std::string(SRVCC_KEYS_PATH) + " " + args + " 2>" + errPath;
    FILE* pipe = popen(command.c_str(), "r");
    Result r{-1, "", ""};
    if (pipe == nullptr)
    {
        return r;
    }
    std::array<char, 4096> buffer;
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    {
        r.out.append(buffer.data(), n);
    }
    const int raw = pclose(pipe);
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    std::ifstream errFile(errPath);
    std::stringstream ss;
    ss << errFile.rdbuf();
    r.err = ss.str();
    unlink(errPath);
    return r;
}

/** The value of "key" in a flat JSON object ("" when absent). Numbers and strings alike. */
std::string
Field(const std::string& json, const std::string& key)
{
    const std::string tag = "\"" + key + "\":";
    const auto at = json.find(tag);
    if (at == std::string::npos)
    {
        return "";
    }
    auto begin = at + tag.size();
    if (json[begin] == '"')
    {
        ++begin;
        return json.substr(begin, json.find('"', begin) - begin);
    }
    return json.substr(begin, json.find_first_of(",}", begin) - begin);
}

const std::string kKamf = "46237ef051d6a16a3927525fa65cc39544cdfd7990b946ad796530e6d787a0da";

void
ExpectUsageError(const Result& r, const std::string& mentions)
{
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_NE(r.err.find(mentions), std::string::npos) << "stderr: " << r.err;
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "not one line: " << r.err;
}

TEST(SrvccKeysCli, SrvccDefaultProfileIsAnnexJ)
{
    const Result r = RunKeys("srvcc --kamf " + kKamf + " --dl-nas-count 5 --ngksi 3");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(Field(r.out, "profile"), "ts33501");
    EXPECT_EQ(Field(r.out, "kasme_srvcc"),
              "419674e1ea6864e995e3e0d816e41985c35f7f6aebc3bc77a5e06c870a2b54a8");
    EXPECT_EQ(Field(r.out, "ck_srvcc"), "0c2524d6f62227a89d22b7bd017a3ee4");
    EXPECT_EQ(Field(r.out, "ik_srvcc"), "410ae97cafbd5b5f8def1da7f023340d");
    EXPECT_EQ(Field(r.out, "eksi"), "3");
    EXPECT_EQ(Field(r.out, "ksi_srvcc"), "3");
    EXPECT_EQ(Field(r.out, "dl_nas_count_lsb4"), "5");
    EXPECT_EQ(Field(r.out, "kasme_prime"), "");
    EXPECT_EQ(r.err, "");
}

TEST(SrvccKeysCli, SrvccStudyProfiles)
{
    const Result sol11
        = RunKeys("srvcc --kamf " + kKamf + " --dl-nas-count=0x123456 --profile sol1.1");
    ASSERT_EQ(sol11.status, 0) << sol11.err;
    EXPECT_EQ(Field(sol11.out, "kasme_prime"),
              "cdf5902213593800b4f61f27afb68e35629a8f8a98959d4f72824c3b050ba7a4");
    EXPECT_EQ(Field(sol11.out, "ck_srvcc"), "6303d7cae5b8ebaf9663bbafdc3a81d1");
    EXPECT_EQ(Field(sol11.out, "dl_nas_count_lsb4"), "6");
    EXPECT_EQ(Field(sol11.out, "ksi_srvcc"), "0");

    const Result concat
        = RunKeys("srvcc --kamf " + kKamf + " --dl-nas-count 0 --profile sol1.1-concat");
    ASSERT_EQ(concat.status, 0) << concat.err;
    EXPECT_EQ(Field(concat.out, "ck_srvcc") + Field(concat.out, "ik_srvcc"),
              Field(concat.out, "kasme_prime"));

    const Result sol12 = RunKeys("srvcc --kamf " + kKamf + " --dl-nas-count 0 --profile sol1.2");
    ASSERT_EQ(sol12.status, 0) << sol12.err;
    EXPECT_EQ(Field(sol12.out, "ck_srvcc") + Field(sol12.out, "ik_srvcc"),
              "741cc0624ebd8eb62b718a5fa9248aaf03e94b7aa83bf2dc92e8e97241bbac56");
    EXPECT_EQ(Field(sol12.out, "eksi"), "");
    EXPECT_EQ(Field(sol12.out, "kasme_prime"), "");
}

TEST(SrvccKeysCli, NasKeys)
{
    const Result r = RunKeys("nas-keys --kamf "
                             "7d861852b42a86b596fe22c8f50b9b895a1e21716b61b8d122785e25bafc0d07 "
                             "--enc-alg 0 --int-alg 2");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(Field(r.out, "knas_enc"), "fc7e99b98b8c04201f4f9d81433b6b38");
    EXPECT_EQ(Field(r.out, "knas_int"), "a53ee884b98d366b0289231ec4191ed3");
}

// TS 35.208 test set 1 (facts §3.2), with OP and with OPc.
const std::string kSet1
    = "--k 465b5ce8b199b49faa5f0a2ee238a6bc --rand 23553cbe9637a89d218ae64dae47bf35 "
      "--sqn ff9bb4d0b607 --amf b9b9";

TEST(SrvccKeysCli, MilenageTestSet1)
{
    for (const std::string op :
         {"--op cdc202d5123e20f62b6d676ac72cb318", "--opc cd63cb71954a9f4e48a5994e37a02baf"})
    {
        const Result r = RunKeys("milenage " + kSet1 + " " + op);
        ASSERT_EQ(r.status, 0) << r.err;
        EXPECT_EQ(Field(r.out, "opc"), "cd63cb71954a9f4e48a5994e37a02baf");
        EXPECT_EQ(Field(r.out, "mac_a"), "4a9ffac354dfafb3");
        EXPECT_EQ(Field(r.out, "mac_s"), "01cfaf9ec4e871e9");
        EXPECT_EQ(Field(r.out, "res"), "a54211d5e3ba50bf");
        EXPECT_EQ(Field(r.out, "ck"), "b40ba9a3c58b2a05bbf0d987b21bf8cb");
        EXPECT_EQ(Field(r.out, "ik"), "f769bcd751044604127672711c6d3441");
        EXPECT_EQ(Field(r.out, "ak"), "aa689c648370");
        EXPECT_EQ(Field(r.out, "ak_star"), "451e8beca43b");
    }
}

TEST(SrvccKeysCli, AkaChain)
{
    // Expected values computed independently with Python's hmac from the Milenage outputs.
    const Result r = RunKeys("aka " + kSet1
                             + " --opc cd63cb71954a9f4e48a5994e37a02baf"
                               " --snn 5G:mnc001.mcc001.3gppnetwork.org --supi 001010000000001");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(Field(r.out, "res_star"), "f236a7417272bfb2d66d4d670733b527");
    EXPECT_EQ(Field(r.out, "kausf"),
              "474698caf02cc715db2ec0726510cfee6caa5bb1a649cb01224f2e23af94de1b");
    EXPECT_EQ(Field(r.out, "kseaf"),
              "8dff166c02edd5b177950d50cdd3fe93756cc53951856a95cb5ee9aabd35e220");
    EXPECT_EQ(Field(r.out, "kamf"),
              "daae216bc3dc9c6e0db9e56d2b744ea247d67eed51fdf2411847d056ec45a666");
    const Result abba = RunKeys("aka " + kSet1
                                + " --opc cd63cb71954a9f4e48a5994e37a02baf --abba 0001"
                                  " --snn 5G:mnc001.mcc001.3gppnetwork.org --supi 001010000000001");
    ASSERT_EQ(abba.status, 0) << abba.err;
    EXPECT_NE(Field(abba.out, "kamf"), Field(r.out, "kamf"));
    EXPECT_EQ(Field(abba.out, "kausf"), Field(r.out, "kausf"));
}

TEST(SrvccKeysCli, NasMacEia2Set1And2)
{
    // TS 33.401 C.2 set 1 (58 bits: not whole octets) and set 2.
    Result r
        = RunKeys("nas-mac --alg nia2 --key 2bd6459f82c5b300952c49104881ff48 --count 0x38a6f056 "
                  "--bearer 0x18 --direction 0 --length 58 --message 3332346263393840");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(Field(r.out, "mac"), "118c6eb8");
    r = RunKeys("nas-mac --alg nia2 --key d3c5d592327fb11c4035c6680af8c6d1 --count 0x398a59b4 "
                "--bearer 0x1a --direction 1 --message 484583d5afe082ae");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(Field(r.out, "mac"), "b93787e6");
    r = RunKeys("nas-mac --alg nia0 --key d3c5d592327fb11c4035c6680af8c6d1 --count 1 --bearer 1 "
                "--direction 1 --message 484583d5afe082ae");
    EXPECT_EQ(Field(r.out, "mac"), "00000000");
}

// TS 35.203/35.222 f9 set 1 inputs; TS 35.203/35.222 f8 set 3.
const std::string kF9Set1
    = "--key 2bd6459f82c5b300952c49104881ff48 --count 0x38a6f056 --fresh 05d2ec49 "
      "--direction 0 --length 189 "
      "--message 6b227737296f393c8079353edc87e2e805d2ec49a4f2d8e0";
const std::string kF8Set3 = "--key 5acb1d644c0d51204ea5f1451010d852 --count 0xfa556b26 --bearer 3 "
                            "--direction 1 --length 120";

TEST(SrvccKeysCli, UtranMac)
{
    EXPECT_EQ(Field(RunKeys("utran-mac --alg uia1 " + kF9Set1).out, "mac"), "f63bd72c");
    EXPECT_EQ(Field(RunKeys("utran-mac --alg uia2 " + kF9Set1).out, "mac"), "2bce1820");
    EXPECT_EQ(Field(RunKeys("utran-mac --alg uia0 " + kF9Set1).out, "mac"), "00000000");
}

TEST(SrvccKeysCli, UtranCipherBothWays)
{
    const std::string pt = "ad9c441f890b38c457a49d421407e8";
    const Result uea1 = RunKeys("utran-cipher --alg uea1 " + kF8Set3 + " --data " + pt);
    ASSERT_EQ(uea1.status, 0) << uea1.err;
    EXPECT_EQ(Field(uea1.out, "data"), "9bc92ca803c67b28a11a4bee5a0c25");
    const Result uea2 = RunKeys("utran-cipher --alg uea2 " + kF8Set3 + " --data " + pt);
    EXPECT_EQ(Field(uea2.out, "data"), "ba0f31300334c56b52a7497cbac046");
    const Result back
        = RunKeys("utran-cipher --alg uea2 " + kF8Set3 + " --data " + Field(uea2.out, "data"));
    EXPECT_EQ(Field(back.out, "data"), pt);
    EXPECT_EQ(Field(RunKeys("utran-cipher --alg uea0 " + kF8Set3 + " --data " + pt).out, "data"),
              pt);
}

TEST(SrvccKeysCli, ErrorsNameTheOption)
{
    ExpectUsageError(RunKeys("srvcc --kamf 0011 --dl-nas-count 1"), "--kamf");
    ExpectUsageError(RunKeys("srvcc --kamf " + kKamf.substr(0, 63) + "g --dl-nas-count 1"),
                     "--kamf: not a hex digit");
    ExpectUsageError(RunKeys("srvcc --kamf " + kKamf), "missing --dl-nas-count");
    ExpectUsageError(RunKeys("srvcc --kamf " + kKamf + " --dl-nas-count 16777216"),
                     "--dl-nas-count: expected a 24-bit NAS COUNT");
    ExpectUsageError(RunKeys("srvcc --kamf " + kKamf + " --dl-nas-count -1"), "--dl-nas-count");
    ExpectUsageError(RunKeys("srvcc --kamf " + kKamf + " --dl-nas-count 1 --profile sol9"),
                     "--profile: unknown profile 'sol9'");
    ExpectUsageError(RunKeys("srvcc --kamf " + kKamf + " --dl-nas-count 1 --ngksi 7"),
                     "--ngksi: value 7");
    ExpectUsageError(RunKeys("srvcc --kamf " + kKamf + " --dl-nas-count 1 --colour red"),
                     "unknown option --colour");
    ExpectUsageError(RunKeys("srvcc --kamf " + kKamf + " --kamf " + kKamf + " --dl-nas-count 1"),
                     "--kamf: given more than once");
    ExpectUsageError(RunKeys("nas-keys --kamf " + kKamf + " --enc-alg 16 --int-alg 2"),
                     "--enc-alg");
    ExpectUsageError(RunKeys("derive-everything"), "unknown command 'derive-everything'");
    ExpectUsageError(RunKeys("milenage " + kSet1), "exactly one of --op and --opc");
    ExpectUsageError(RunKeys("utran-mac --alg uia9 " + kF9Set1), "--alg: unknown");
    ExpectUsageError(RunKeys("utran-cipher --alg uea1 --key 5acb1d644c0d51204ea5f1451010d852 "
                             "--count 1 --bearer 32 --direction 1 --length 8 --data 00"),
                     "--bearer");
    ExpectUsageError(RunKeys("utran-cipher --alg uea1 " + kF8Set3 + " --data 00"),
                     "--length: 120 bits need 15 octets of --data, got 1");
    ExpectUsageError(RunKeys("nas-mac --alg nia3 --key 2bd6459f82c5b300952c49104881ff48 --count 1 "
                             "--bearer 1 --direction 1 --message 00"),
                     "128-NIA3");
    ExpectUsageError(RunKeys("nas-mac --alg nia2 --key 2bd6459f82c5b300952c49104881ff48 --count 1 "
                             "--bearer 1 --direction 2 --message 00"),
                     "--direction");
    ExpectUsageError(RunKeys("milenage " + kSet1 + " --opc 00"), "--opc: expected 32 hex digits");
    ExpectUsageError(RunKeys("milenage --k 465b5ce8b199b49faa5f0a2ee238a6bc --rand 00 --sqn "
                             "ff9bb4d0b607 --amf b9b9 --opc cd63cb71954a9f4e48a5994e37a02baf"),
                     "--rand");
    ExpectUsageError(RunKeys("aka " + kSet1
                             + " --opc cd63cb71954a9f4e48a5994e37a02baf --snn x "
                               "--supi imsi-001"),
                     "--supi");
    ExpectUsageError(RunKeys("aka " + kSet1
                             + " --opc cd63cb71954a9f4e48a5994e37a02baf --snn x "
                               "--supi 001 --abba 0"),
                     "--abba");
    ExpectUsageError(RunKeys("aka " + kSet1
                             + " --opc cd63cb71954a9f4e48a5994e37a02baf --snn x "
                               "--supi 001 --abba 00"),
                     "--abba: expected at least 2 octets");
    ExpectUsageError(RunKeys("aka " + kSet1 + " --opc cd63cb71954a9f4e48a5994e37a02baf --snn "
                             + std::string(600, 'x') + " --supi 001"),
                     "kdf parameter: input string S longer than 512 octets");
}

} // namespace
