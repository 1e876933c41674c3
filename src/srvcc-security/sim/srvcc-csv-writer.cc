/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-csv-writer.h"

#include "srvcc-sim/srvcc-number-format.h"
#include "srvcc-sim/srvcc-output-file.h"

#include <stdexcept>

namespace srvcc
{

std::string
CsvField(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
    {
        return text;
    }
    std::string quoted = "\"";
    for (char c : text)
    {
        quoted += c;
        if (c == '"')
        {
            quoted += '"';
        }
    }
    return quoted + "\"";
}

std::vector<std::vector<std::string>>
ParseCsv(const std::string& text)
{
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false;
    bool any = false; // the current record has begun
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        const char c = text[i];
        any = true;
        if (quoted)
        {
            if (c != '"')
            {
                field += c;
            }
            else if (i + 1 < text.size() && text[i + 1] == '"')
            {
                field += '"';
                ++i;
            }
            else
            {
                quoted = false;
            }
        }
        else if (c == '"')
        {
            quoted = true;
        }
        else if (c == ',')
        {
            record.push_back(std::move(field));
            field.clear();
        }
        else if (c == '\n' || (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n'))
        {
            i += c == '\r' ? 1 : 0;
            record.push_back(std::move(field));
            field.clear();
            records.push_back(std::move(record));
            record.clear();
            any = false;
        }
        else
        {
            field += c;
        }
    }
    if (any)
    {
        record.push_back(std::move(field));
        records.push_back(std::move(record));
    }
    return records;
}

CsvWriter::CsvWriter(std::string path, const std::vector<std::string>& header)
    : m_path(std::move(path)), m_width(header.size())
{
    for (const std::string& name : header)
    {
        Field(name);
    }
    EndRow();
    m_rows = 0;
}

CsvWriter&
CsvWriter::Field(const std::string& text)
{
    return Raw(CsvField(text));
}

CsvWriter&
CsvWriter::Field(const char* text)
{
    return Raw(CsvField(text));
}

CsvWriter&
CsvWriter::Field(double value)
{
    return Raw(FormatNumber(value, kReportDigits));
}

CsvWriter&
CsvWriter::Empty()
{
    return Raw("");
}

CsvWriter&
CsvWriter::Raw(const std::string& field)
{
    if (m_fields > 0)
    {
        m_text += ',';
    }
    m_text += field;
    ++m_fields;
    return *this;
}

CsvWriter&
CsvWriter::EndRow()
{
    if (m_fields != m_width)
    {
        throw std::logic_error(m_path + ": row " + std::to_string(m_rows + 1) + ": found "
                               + std::to_string(m_fields) + " fields, expected "
                               + std::to_string(m_width) + " (the header's)");
    }
    m_text += '\n';
    m_fields = 0;
    ++m_rows;
    return *this;
}

std::size_t
CsvWriter::GetRows() const
{
    return m_rows;
}

const std::string&
CsvWriter::GetText() const
{
    return m_text;
}

const std::string&
CsvWriter::GetPath() const
{
    return m_path;
}

void
CsvWriter::Write() const
{
    if (m_fields != 0)
    {
        throw std::logic_error(m_path + ": row " + std::to_string(m_rows + 1) + ": found "
                               + std::to_string(m_fields) + " fields and no end of row");
    }
    WriteOutputFile(m_path, m_text);
}

} // namespace srvcc
