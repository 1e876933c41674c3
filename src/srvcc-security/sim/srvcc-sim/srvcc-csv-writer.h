/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The one CSV writer of the program layer (handovers.csv, registrations.csv, keys.csv,
 * sweep.csv), and the reader of what it writes. RFC 4180 fields: a field is quoted when it
 * holds a comma, a double quote, CR or LF, and a quote inside it is doubled (2.6, 2.7).
 *
 * Line ends are LF, not the CRLF of RFC 4180 2.1: the RFC is informational, and every reader
 * these files are meant for (Python's csv and pandas, R, LibreOffice, Excel, gnuplot) reads LF;
 * LF keeps them usable by the line tools people run on them (grep, cut, wc -l, diff, CMake's
 * file(STRINGS)) without a stray CR at the end of the last column, and unchanged from the
 * files earlier versions wrote. ParseCsv reads both.
 */
#ifndef SRVCC_CSV_WRITER_H
#define SRVCC_CSV_WRITER_H

#include <cstddef>
#include <string>
#include <type_traits>
#include <vector>

namespace srvcc
{

/** \p text as one CSV field: unchanged, or quoted with its quotes doubled. */
std::string CsvField(const std::string& text);

/**
 * The records of CSV text, each a list of fields with the quoting undone. Records end at LF or
 * CRLF outside quotes; a quoted field may hold both. A last record without a line end counts;
 * an empty text has no records.
 */
std::vector<std::vector<std::string>> ParseCsv(const std::string& text);

/**
 * A CSV table with a fixed header, built row by row in memory and written in one piece
 * (WriteOutputFile), so a failed run never leaves a truncated table.
 *
 *   CsvWriter csv(dir + "/keys.csv", {"ue", "node", "kamf"});
 *   csv.Field(0).Field("ue").Field(hex).EndRow();
 *   csv.Write();
 *
 * Numbers are formatted one way for every table: integers in full, doubles by FormatNumber
 * with kReportDigits significant digits.
 */
class CsvWriter
{
  public:
    /**
     * \param path where Write() puts the table; named in errors
     * \param header the column names: every row must have exactly this many fields
     */
    CsvWriter(std::string path, const std::vector<std::string>& header);

    CsvWriter& Field(const std::string& text);
    CsvWriter& Field(const char* text);
    /** A double: FormatNumber(value, kReportDigits). \throws std::domain_error for inf/nan */
    CsvWriter& Field(double value);

    /** An integer, in full. */
    template<typename T,
             std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
    CsvWriter&
    Field(T value)
    {
        return Raw(std::to_string(value));
    }

    /** A field left empty (a value that does not exist, e.g. a step not reached). */
    CsvWriter& Empty();

    /**
     * End the current row.
     * \throws std::logic_error "<path>: row <n>: found <k> fields, expected <width> (the
     *         header's)": a bug of the caller, not of the input
     */
    CsvWriter& EndRow();

    /** The rows ended so far, the header not counted. */
    std::size_t GetRows() const;
    /** The header and every ended row, each ending in LF. */
    const std::string& GetText() const;
    const std::string& GetPath() const;

    /**
     * Write the table to its path, whole or not at all.
     * \throws srvcc::OutputError when the file cannot be written
     * \throws std::logic_error when a row was started and not ended
     */
    void Write() const;

  private:
    CsvWriter& Raw(const std::string& field);

    std::string m_path;
    std::size_t m_width;
    std::size_t m_fields{0}; ///< fields of the row being built
    std::size_t m_rows{0};
    std::string m_text;
};

} // namespace srvcc

#endif // SRVCC_CSV_WRITER_H
