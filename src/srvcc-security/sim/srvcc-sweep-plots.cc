/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-sweep-plots.h"

#include "srvcc-sim/srvcc-csv-writer.h"
#include "srvcc-sim/srvcc-gnuplot.h"
#include "srvcc-sim/srvcc-number-format.h"
#include "srvcc-sim/srvcc-output-file.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

namespace ns3
{

namespace
{

/** More curves than this in one figure: no key, it would cover the plot. */
constexpr std::size_t kMaxKeyEntries = 20;
/** A numeric axis spanning this ratio or more (all values > 0) is drawn in log scale. */
constexpr double kLogScaleRatio = 50.0;

/** A string as a quoted column of a gnuplot data file. */
std::string
DataString(const std::string& s)
{
    std::string out = "\"";
    for (char c : s)
    {
        out += c == '"' ? '\'' : c;
    }
    return out + "\"";
}

/** A file name part: a field path as it is, anything unusual replaced by '_'. */
std::string
FileStem(const std::string& s)
{
    std::string out = s;
    for (char& c : out)
    {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                           || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
        c = plain ? c : '_';
    }
    return out;
}

/** Write a plot file; a failure becomes one of \p problems (the plots are best effort). */
bool
WritePlotFile(const std::string& path, const std::string& text, std::vector<std::string>& problems)
{
    try
    {
        srvcc::WriteOutputFile(path, text);
        return true;
    }
    catch (const srvcc::OutputError& e)
    {
        problems.emplace_back(e.what());
        return false;
    }
}

/** The gnuplot script, figure by figure; each figure is written as PNG, then as SVG. */
class Script
{
  public:
    Script(const std::string& directory, const std::string& origin) : m_directory(directory)
    {
        m_text = "# Plots of the sweep " + origin
                 + ", written by srvcc-sim (doc/sweeps.md).\n"
                   "# The data files beside this script hold every number plotted. To change a\n"
                   "# figure, edit this file and re-run it from this directory: gnuplot sweep.gp\n"
                   "set encoding utf8\n"
                   "# PNG through cairo when this gnuplot has it, else through libgd.\n"
                   "if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {\n"
                   "    PNG = \"pngcairo size 960,640 noenhanced font 'sans,11'\"\n"
                   "} else {\n"
                   "    PNG = \"png size 960,640 noenhanced\"\n"
                   "}\n"
                   "SVG = \"svg size 960,640 dynamic noenhanced font 'sans,13'\"\n";
    }

    /** A figure <stem>.png and <stem>.svg from \p settings and one plot command. */
    void
    Figure(const std::string& stem, const std::string& settings, const std::string& plot)
    {
        m_text += "\n# ---- " + stem + "\nreset\nset datafile missing '?'\nset grid\n" + settings
                  + "set terminal @PNG\nset output " + SrvccGnuplotString(stem + ".png") + "\n"
                  + plot + "\nset terminal @SVG\nset output " + SrvccGnuplotString(stem + ".svg")
                  + "\nreplot\nunset output\n";
        m_images.push_back(m_directory + "/" + stem + ".png");
        m_images.push_back(m_directory + "/" + stem + ".svg");
    }

    const std::string&
    Text() const
    {
        return m_text;
    }

    const std::vector<std::string>&
    Images() const
    {
        return m_images;
    }

  private:
    std::string m_directory;
    std::string m_text;
    std::vector<std::string> m_images;
};

std::string
PointTitle(const SrvccSweep& sweep, std::size_t k)
{
    const std::string label = sweep.GetLabel(k);
    return label.empty() ? "point " + std::to_string(k) : label;
}

/** Figures (a): the CDF of one latency over the first replication of each point. */
void
CdfFigure(Script& script, const SrvccSweep& sweep, const std::vector<SrvccSweepPointResult>& points,
          const std::string& directory, const std::string& kind, const std::string& axisLabel,
          std::vector<std::string>& problems)
{
    const std::string dataFile = "cdf-" + kind + ".dat";
    std::string data = "# " + axisLabel
                       + " of the completed handovers of the first replication of each point:\n"
                         "# one block per point (gnuplot 'index'), columns latency_ms, "
                         "fraction_of_completed\n";
    std::string plot;
    std::size_t block = 0;
    for (const SrvccSweepPointResult& p : points)
    {
        const std::string csv
            = p.directory + "/run-" + std::to_string(p.firstRun) + "/handovers.csv";
        std::vector<double> values;
        std::string error;
        if (!ReadLatencyColumn(csv, kind + "_ms", values, error))
        {
            problems.push_back(error);
            continue;
        }
        if (values.empty())
        {
            continue; // no handover completed at this point: nothing to draw
        }
        data += "# point " + std::to_string(p.index) + ": " + PointTitle(sweep, p.index)
                + " (RngRun " + std::to_string(p.firstRun) + ", " + std::to_string(values.size())
                + " completed)\n";
        // The step curve starts at 0 at the smallest value, so it reads as a CDF from 0 to 1.
        data += srvcc::FormatNumber(values.front()) + " 0\n";
        for (std::size_t i = 0; i < values.size(); ++i)
        {
            data += srvcc::FormatNumber(values[i]) + " "
                    + srvcc::FormatNumber(static_cast<double>(i + 1)
                                          / static_cast<double>(values.size()))
                    + "\n";
        }
        data += "\n\n";
        plot += std::string(plot.empty() ? "plot " : ", \\\n     ") + SrvccGnuplotString(dataFile)
                + " index " + std::to_string(block) + " using 1:2 with steps lw 2 title "
                + SrvccGnuplotString(PointTitle(sweep, p.index));
        ++block;
    }
    if (!WritePlotFile(directory + "/" + dataFile, data, problems))
    {
        return;
    }
    if (block == 0)
    {
        return; // not a single completed handover: no figure
    }
    const std::string settings
        = "set title "
          + SrvccGnuplotString(axisLabel + ": CDF over the first replication of each point")
          + "\nset xlabel " + SrvccGnuplotString(axisLabel + " (ms)")
          + "\nset ylabel 'Fraction of completed handovers'\nset yrange [0:1]\n"
          + "set offsets graph 0.05, graph 0.05, 0, 0\n"
          + (block > kMaxKeyEntries ? "set key off\n" : "set key bottom right\n");
    script.Figure("cdf-" + kind, settings, plot);
}

/** Figures (b): every plotted metric against swept field \p a. */
void
VersusFigures(Script& script, const SrvccSweep& sweep,
              const std::vector<SrvccSweepPointResult>& points,
              const std::vector<SrvccSweepMetric>& plotted, std::size_t a,
              const std::string& directory, std::vector<std::string>& problems)
{
    const std::vector<SrvccSweepAxis>& axes = sweep.GetAxes();
    const SrvccSweepAxis& axis = axes[a];
    // One curve per combination of the other swept fields, in order of first appearance.
    std::vector<std::vector<const SrvccSweepPointResult*>> groups;
    std::vector<std::string> groupTitles;
    std::map<std::vector<std::size_t>, std::size_t> groupOf;
    for (const SrvccSweepPointResult& p : points)
    {
        std::vector<std::size_t> others = p.choice;
        others.erase(others.begin() + static_cast<std::ptrdiff_t>(a));
        const auto [it, inserted] = groupOf.emplace(others, groups.size());
        if (inserted)
        {
            groups.emplace_back();
            std::string title;
            for (std::size_t i = 0; i < axes.size(); ++i)
            {
                if (i != a)
                {
                    title += (title.empty() ? "" : ", ") + axes[i].path + "="
                             + axes[i].Label(p.choice[i]);
                }
            }
            groupTitles.push_back(title.empty() ? "mean and 95% CI" : title);
        }
        groups[it->second].push_back(&p);
    }

    const std::string dataFile = "vs-" + FileStem(axis.path) + ".dat";
    std::string data = "# The metrics against " + axis.path
                       + ": one block per combination of the other swept fields (gnuplot "
                         "'index').\n# Columns: x, value, then mean, ci95_low, ci95_high of";
    for (const SrvccSweepMetric& m : plotted)
    {
        data += " " + m.name;
    }
    data += "\n# ('?': no run of the point has the metric). x is the value";
    data += axis.numeric ? ".\n" : "'s position in the list.\n";
    for (std::size_t g = 0; g < groups.size(); ++g)
    {
        auto& group = groups[g];
        std::sort(group.begin(), group.end(),
                  [a](const SrvccSweepPointResult* x, const SrvccSweepPointResult* y)
                  {
                      return x->choice[a] < y->choice[a];
                  });
        data += "# " + groupTitles[g] + "\n";
        for (const SrvccSweepPointResult* p : group)
        {
            const std::size_t v = p->choice[a];
            data += (axis.numeric ? srvcc::FormatNumber(axis.Number(v)) : std::to_string(v)) + " "
                    + DataString(axis.Label(v));
            for (const SrvccSweepMetric& m : plotted)
            {
                const SrvccMeanCi ci = p->Stats(m.name);
                data += ci.n == 0
                            ? " ? ? ?"
                            : " " + srvcc::FormatNumber(ci.mean) + " " + srvcc::FormatNumber(ci.low)
                                  + " " + srvcc::FormatNumber(ci.high);
            }
            data += "\n";
        }
        data += "\n\n";
    }
    if (!WritePlotFile(directory + "/" + dataFile, data, problems))
    {
        return;
    }

    std::string xSettings;
    if (axis.numeric)
    {
        double lo = axis.Number(0);
        double hi = lo;
        for (std::size_t i = 0; i < axis.values.size(); ++i)
        {
            lo = std::min(lo, axis.Number(i));
            hi = std::max(hi, axis.Number(i));
        }
        if (lo > 0 && hi / lo >= kLogScaleRatio)
        {
            xSettings = "set logscale x\n";
        }
        xSettings += "set offsets graph 0.05, graph 0.05, 0, 0\n";
    }
    else
    {
        // Categories: one tic per value, the curves side by side so the bars do not overlap.
        xSettings = "set xtics (";
        for (std::size_t i = 0; i < axis.values.size(); ++i)
        {
            xSettings += (i == 0 ? "" : ", ") + SrvccGnuplotString(axis.Label(i)) + " "
                         + std::to_string(i);
        }
        xSettings += ")\nset xrange [-0.5:" + std::to_string(axis.values.size()) + "-0.5]\n";
    }
    const std::size_t replications = points.empty() ? 0 : points.front().runs.size();
    for (std::size_t j = 0; j < plotted.size(); ++j)
    {
        const SrvccSweepMetric& m = plotted[j];
        bool any = false;
        for (const SrvccSweepPointResult& p : points)
        {
            any = any || p.Stats(m.name).n > 0;
        }
        if (!any)
        {
            continue;
        }
        const std::size_t column = 3 + 3 * j;
        std::string plot;
        for (std::size_t g = 0; g < groups.size(); ++g)
        {
            const double shift
                = axis.numeric ? 0.0 : 0.1 * (static_cast<double>(g) - (groups.size() - 1) / 2.0);
            const std::string x = axis.numeric ? "1" : "($1+" + srvcc::FormatNumber(shift) + ")";
            plot += std::string(g == 0 ? "plot " : ", \\\n     ") + SrvccGnuplotString(dataFile)
                    + " index " + std::to_string(g) + " using " + x + ":" + std::to_string(column)
                    + ":" + std::to_string(column + 1) + ":" + std::to_string(column + 2)
                    + (axis.numeric ? " with yerrorlines" : " with yerrorbars") + " lw 2 pt 7"
                    + " title " + SrvccGnuplotString(groupTitles[g]);
        }
        // The title names the metric without its unit; the y label has the unit.
        const std::string name = m.label.substr(0, m.label.rfind(" ("));
        const std::string settings
            = "set title "
              + SrvccGnuplotString(name + " against " + axis.path + ": mean and 95% CI over "
                                   + std::to_string(replications) + " replication"
                                   + (replications == 1 ? "" : "s"))
              + "\nset xlabel " + SrvccGnuplotString(SweepAxisLabel(axis.path)) + "\nset ylabel "
              + SrvccGnuplotString(m.label) + "\nset yrange [0:*]\n"
              + xSettings
              // One curve: its key fits in a corner; several: beside the plot, off the data.
              + (groups.size() > kMaxKeyEntries ? "set key off\n"
                 : groups.size() > 1            ? "set key outside right top\n"
                                                : "set key top left\n");
        script.Figure(m.name + "-vs-" + FileStem(axis.path), settings, plot);
    }
}

/** Figure (c): authentication messages per point (TR 33.856 clause 5.2, Key Issue #2). */
void
AuthenticationFigure(Script& script, const SrvccSweep& sweep,
                     const std::vector<SrvccSweepPointResult>& points, const std::string& directory,
                     std::vector<std::string>& problems)
{
    // The bars are labelled with the point's values only; the x label names the fields.
    std::string fields;
    for (const SrvccSweepAxis& axis : sweep.GetAxes())
    {
        fields += (fields.empty() ? "" : ", ") + axis.path;
    }
    std::string data = "# Authentication messages per run: point, values of (" + fields
                       + "), mean, ci95_low, ci95_high ('?': no run of the point has the field)\n";
    bool any = false;
    for (const SrvccSweepPointResult& p : points)
    {
        const SrvccMeanCi ci = p.Stats("authentication_messages");
        any = any || ci.n > 0;
        std::string values;
        for (std::size_t i = 0; i < p.choice.size(); ++i)
        {
            values += (i == 0 ? "" : ", ") + sweep.GetAxes()[i].Label(p.choice[i]);
        }
        data
            += std::to_string(p.index) + " "
               + DataString(values.empty() ? "point " + std::to_string(p.index) : values)
               + (ci.n == 0 ? " ? ? ?"
                            : " " + srvcc::FormatNumber(ci.mean) + " " + srvcc::FormatNumber(ci.low)
                                  + " " + srvcc::FormatNumber(ci.high))
               + "\n";
    }
    if (!WritePlotFile(directory + "/authentication-messages.dat", data, problems))
    {
        return;
    }
    if (!any)
    {
        return;
    }
    // The point labels name the swept fields, so a field that switches the Key Issue #2 bound
    // on and off shows as the bars "with" and "without" it.
    const std::string settings
        = "set title 'Authentication messages per run (TR 33.856 Key Issue #2): mean and 95% CI'\n"
          "set xlabel "
          + SrvccGnuplotString(fields.empty() ? "Sweep point" : "Sweep point: " + fields)
          + "\nset ylabel 'Authentication messages per run (count)'\n"
            "set style fill solid 0.4\nset boxwidth 0.6\n"
          + (points.size() > 6 ? "set xtics rotate by -30\n" : "")
          + "set xrange [-0.5:" + std::to_string(points.size())
          + "-0.5]\nset yrange [0:*]\nset offsets 0, 0, graph 0.08, 0\nset key top left\n";
    // The mean is also printed above each bar: a bound can make one bar too small to see.
    const std::string plot = "plot 'authentication-messages.dat' using 1:3:xtic(2) with boxes "
                             "title 'mean', \\\n     '' using 1:3:4:5 with yerrorbars pt 7 lw 2 "
                             "title '95% CI', \\\n     '' using 1:3:(sprintf('%g', $3)) with "
                             "labels offset 0,1 notitle";
    script.Figure("authentication-messages", settings, plot);
}

} // namespace

std::string
SweepAxisLabel(const std::string& path)
{
    auto endsWith = [&path](const std::string& suffix)
    {
        return path.size() >= suffix.size()
               && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (endsWith("_ms") || path.compare(0, 7, "timers.") == 0)
    {
        return path + " (ms)"; // timers are in ms (doc/scenario-format.md)
    }
    if (endsWith("_us"))
    {
        return path + " (µs)";
    }
    if (endsWith("_s"))
    {
        return path + " (s)";
    }
    if (endsWith(".loss"))
    {
        return path + " (loss probability)";
    }
    if (endsWith("ues_per_gnb"))
    {
        return path + " (UEs per gNB)";
    }
    if (endsWith(".gnbs"))
    {
        return path + " (gNBs)";
    }
    return path;
}

bool
ReadLatencyColumn(const std::string& csvPath, const std::string& column,
                  std::vector<double>& values, std::string& error)
{
    values.clear();
    std::ifstream in(csvPath, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::vector<std::vector<std::string>> records = srvcc::ParseCsv(text);
    if (!in || records.empty())
    {
        error = csvPath + ": cannot read";
        return false;
    }
    const std::vector<std::string>& header = records.front();
    const auto it = std::find(header.begin(), header.end(), column);
    if (it == header.end())
    {
        error = csvPath + ": no column " + column;
        return false;
    }
    const auto index = static_cast<std::size_t>(it - header.begin());
    for (std::size_t r = 1; r < records.size(); ++r)
    {
        if (index >= records[r].size() || records[r][index].empty())
        {
            continue; // a failed handover has no latency
        }
        const std::string& cell = records[r][index];
        double v = 0;
        if (std::from_chars(cell.data(), cell.data() + cell.size(), v).ec == std::errc())
        {
            values.push_back(v);
        }
    }
    std::sort(values.begin(), values.end());
    return true;
}

SrvccSweepPlotResult
WriteSweepPlots(const std::string& outputDir, const SrvccSweep& sweep,
                const std::vector<SrvccSweepPointResult>& points,
                const std::vector<SrvccSweepMetric>& metrics, const std::string& gnuplot)
{
    SrvccSweepPlotResult result;
    result.directory = outputDir + "/plots";
    result.script = result.directory + "/sweep.gp";
    std::error_code ec;
    std::filesystem::create_directories(result.directory, ec);
    if (ec)
    {
        result.warning = result.directory + ": cannot create the plot directory: " + ec.message();
        return result;
    }

    std::vector<std::string> problems;
    Script script(result.directory, sweep.GetOrigin());
    CdfFigure(script, sweep, points, result.directory, "preparation",
              "Preparation latency, Handover Required to HO Command", problems);
    CdfFigure(script, sweep, points, result.directory, "interruption",
              "Interruption time, HO Command to HO Complete", problems);

    std::vector<SrvccSweepMetric> plotted;
    bool authentication = false;
    for (const SrvccSweepMetric& m : metrics)
    {
        authentication = authentication || m.name == "authentication_messages";
        if (m.latency || m.name == "authentication_messages")
        {
            plotted.push_back(m);
        }
    }
    for (std::size_t a = 0; a < sweep.GetAxes().size(); ++a)
    {
        if (sweep.GetAxes()[a].values.size() >= 2)
        {
            VersusFigures(script, sweep, points, plotted, a, result.directory, problems);
        }
    }
    if (authentication)
    {
        AuthenticationFigure(script, sweep, points, result.directory, problems);
    }

    WritePlotFile(result.script, script.Text(), problems);
    result.images = script.Images();
    if (!problems.empty())
    {
        result.warning = "plots incomplete: " + problems.front();
        return result;
    }

    const std::string program = SrvccFindProgram(gnuplot);
    const std::string rerun = "cd " + result.directory + " && gnuplot sweep.gp";
    if (program.empty())
    {
        result.warning = "no plots drawn: " + gnuplot
                         + " not found (install the Debian package gnuplot-nox); the data and "
                           "the script are in "
                         + result.directory + ", draw them with: " + rerun;
        return result;
    }
    const std::string log = result.directory + "/gnuplot.log";
    const int status = SrvccRunGnuplot(program, result.directory, "sweep.gp", log);
    if (status != 0)
    {
        result.warning = "gnuplot failed (exit status " + std::to_string(status) + ", see " + log
                         + "): " + SrvccLastLine(log);
        return result;
    }
    for (const std::string& image : result.images)
    {
        if (std::filesystem::file_size(image, ec) == 0 || ec)
        {
            result.warning = image + ": gnuplot did not write it (see " + log + ")";
            return result;
        }
    }
    result.ran = true;
    return result;
}

} // namespace ns3
