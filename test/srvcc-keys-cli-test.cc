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
}

} // namespace
