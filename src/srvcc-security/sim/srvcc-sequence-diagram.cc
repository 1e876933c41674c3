/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-sequence-diagram.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace ns3
{

namespace
{

// Geometry, in SVG user units (pixels at 100 %).
constexpr double kTimeColumn = 110; // left column with the time of each row
constexpr double kColumn = 210;     // distance between two lifelines
constexpr double kRightMargin = 20;
constexpr double kTop = 50; // top of the lifeline heads
constexpr double kHeadHeight = 30;
constexpr double kHeadWidth = 150;
constexpr double kFirstRow = kTop + kHeadHeight + 14;
constexpr double kRow = 46;         // height of one event row
constexpr double kCharWidth = 0.62; // DejaVu Sans advance per font-size unit, about
constexpr std::size_t kMaxNoteChars = 58;

const char* const kFont = "DejaVu Sans, Verdana, Arial, sans-serif";

std::string
Num(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof(buffer), "%.1f", v);
    return buffer;
}

std::string
Ms(Time t)
{
    char buffer[32];
    std::snprintf(buffer, sizeof(buffer), "%.3f", t.GetSeconds() * 1000.0);
    return buffer;
}

std::string
Shorten(const std::string& text)
{
    return text.size() <= kMaxNoteChars ? text : text.substr(0, kMaxNoteChars - 2) + "..";
}

struct NoteStyle
{
    const char* fill;
    const char* stroke;
    std::string line1;
    std::string line2;
};

NoteStyle
StyleOf(const SrvccNarrationEvent& e)
{
    using Kind = SrvccNarrationEvent::Kind;
    switch (e.kind)
    {
        case Kind::kKeyDerived:
            return {"#fff3bf", "#c79100", "derives " + e.name, e.clause};
        case Kind::kCountEstimated:
            return {"#e8f0fe", "#4a7bd8", "DL NAS COUNT = " + e.name,
                    "estimated from its 4 LSB (TS 33.401 14.1)"};
        case Kind::kContextCreated:
            return {"#e6f4ea", "#2e8b47", "creates context", e.name};
        case Kind::kContextDeleted:
            return {"#fde7e9", "#c5221f", "deletes context", e.name};
        case Kind::kKeyCheck:
            return e.passed ? NoteStyle{"#e6f4ea", "#2e8b47", "MAC-I verified",
                                        "UE and network keys are equal"}
                            : NoteStyle{"#fde7e9", "#c5221f", "MAC-I does not verify",
                                        "UE and network keys differ"};
        case Kind::kHandoverCompleted:
            return {"#e6f4ea", "#2e8b47", "handover complete", "call continues on UTRAN CS"};
        case Kind::kHandoverFailed:
            return {"#fde7e9", "#c5221f", "gives the handover up", e.name};
        case Kind::kReplayRejected:
            return {"#ffe8cc", "#d9480f", "rejects replayed HO Command", "derives no new keys"};
        case Kind::kMessage:
            break;
    }
    return {"#ffffff", "#000000", e.name, ""};
}

/** Text with a white halo, so that lifelines crossing it do not hide it. */
void
Text(std::ostringstream& os, double x, double y, const std::string& text, double size,
     const char* anchor, const char* extra = "")
{
    os << "<text x=\"" << Num(x) << "\" y=\"" << Num(y) << "\" font-size=\"" << Num(size)
       << "\" text-anchor=\"" << anchor << "\" " << extra << ">" << XmlEscape(text) << "</text>\n";
}

} // namespace

std::string
XmlEscape(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text)
    {
        switch (c)
        {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&apos;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string
RenderSequenceSvg(const std::vector<SrvccNarrationEvent>& events, bool withMme,
                  const std::string& title)
{
    std::vector<SrvccLifeline> lifelines
        = {SrvccLifeline::kUe, SrvccLifeline::kGnb, SrvccLifeline::kAmf};
    if (withMme)
    {
        lifelines.push_back(SrvccLifeline::kMme);
    }
    lifelines.push_back(SrvccLifeline::kMscServer);
    lifelines.push_back(SrvccLifeline::kRnc);
    auto xOf = [&lifelines](SrvccLifeline l)
    {
        const auto it = std::find(lifelines.begin(), lifelines.end(), l);
        const double index = static_cast<double>(it - lifelines.begin());
        return kTimeColumn + kColumn * index + kColumn / 2;
    };

    const double width
        = kTimeColumn + kColumn * static_cast<double>(lifelines.size()) + kRightMargin;
    const double rowsEnd = kFirstRow + kRow * static_cast<double>(events.size());
    const double footTop = rowsEnd + 10;
    const double legendY = footTop + kHeadHeight + 28;
    const double height = legendY + 40;

    std::ostringstream os;
    os << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       << "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" << Num(width)
       << "\" height=\"" << Num(height) << "\" viewBox=\"0 0 " << Num(width) << " " << Num(height)
       << "\" font-family=\"" << kFont << "\">\n"
       << "<title>" << XmlEscape(title) << "</title>\n"
       << "<defs>\n"
       << "<marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\" "
          "markerHeight=\"9\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#222222\"/>"
          "</marker>\n"
       << "<marker id=\"lost\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\" "
          "markerHeight=\"9\" orient=\"auto\"><path d=\"M0,0 L10,10 M0,10 L10,0\" "
          "stroke=\"#c5221f\" stroke-width=\"2\"/></marker>\n"
       << "</defs>\n"
       << "<rect x=\"0\" y=\"0\" width=\"" << Num(width) << "\" height=\"" << Num(height)
       << "\" fill=\"#ffffff\"/>\n";
    Text(os, 12, 30, title, 17, "start", "font-weight=\"bold\"");

    // Row stripes first, then lifelines, then the events on top.
    for (std::size_t i = 1; i < events.size(); i += 2)
    {
        os << "<rect x=\"0\" y=\"" << Num(kFirstRow + kRow * static_cast<double>(i))
           << "\" width=\"" << Num(width) << "\" height=\"" << Num(kRow)
           << "\" fill=\"#f4f6f8\"/>\n";
    }
    for (SrvccLifeline l : lifelines)
    {
        const double x = xOf(l);
        os << "<g class=\"lifeline\">\n"
           << "<line x1=\"" << Num(x) << "\" y1=\"" << Num(kTop + kHeadHeight) << "\" x2=\""
           << Num(x) << "\" y2=\"" << Num(footTop)
           << "\" stroke=\"#8a8f98\" stroke-width=\"1.2\" stroke-dasharray=\"6,4\"/>\n";
        for (double y : {kTop, footTop})
        {
            os << "<rect x=\"" << Num(x - kHeadWidth / 2) << "\" y=\"" << Num(y) << "\" width=\""
               << Num(kHeadWidth) << "\" height=\"" << Num(kHeadHeight)
               << "\" rx=\"5\" fill=\"#24364b\"/>\n";
            Text(os, x, y + 20, ToString(l), 13.5, "middle",
                 "fill=\"#ffffff\" font-weight=\"bold\"");
        }
        os << "</g>\n";
    }

    const char* halo
        = "stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\"";
    for (std::size_t i = 0; i < events.size(); ++i)
    {
        const SrvccNarrationEvent& e = events[i];
        const double top = kFirstRow + kRow * static_cast<double>(i);
        Text(os, 10, top + 28, Ms(e.at) + " ms", 11.5, "start", "fill=\"#4d5561\"");
        if (e.kind == SrvccNarrationEvent::Kind::kMessage)
        {
            const double x1 = xOf(e.node);
            const double x2 = xOf(e.peer);
            const double y = top + 25;
            const bool lost = !e.receivedAt.has_value();
            // Stop short of the lifeline so the arrow head stays visible.
            const double end = x2 + (x2 > x1 ? -2 : 2);
            const std::string when
                = e.iface + "  " + Ms(e.at)
                  + (lost ? " ms, not received" : " \u2192 " + Ms(*e.receivedAt) + " ms");
            os << "<g class=\"message\">\n<title>"
               << XmlEscape(e.name + " (" + e.iface + "): " + e.content) << "</title>\n"
               << "<line x1=\"" << Num(x1) << "\" y1=\"" << Num(y) << "\" x2=\"" << Num(end)
               << "\" y2=\"" << Num(y) << "\" stroke=\"" << (lost ? "#c5221f" : "#222222")
               << "\" stroke-width=\"1.6\"" << (lost ? " stroke-dasharray=\"5,3\"" : "")
               << " marker-end=\"url(#" << (lost ? "lost" : "arrow") << ")\"/>\n";
            const double mid = (x1 + x2) / 2;
            Text(os, mid, y - 6, e.name, 12.5, "middle",
                 (std::string("font-weight=\"bold\" fill=\"#111111\" ") + halo).c_str());
            Text(os, mid, y + 15, when, 10.5, "middle",
                 (std::string(lost ? "fill=\"#c5221f\" " : "fill=\"#555555\" ") + halo).c_str());
            os << "</g>\n";
            continue;
        }
        const NoteStyle style = StyleOf(e);
        const std::string line1 = Shorten(style.line1);
        const std::string line2 = Shorten(style.line2);
        const double textWidth
            = static_cast<double>(std::max(line1.size(), line2.size())) * 11.0 * kCharWidth;
        const double w = std::max(120.0, textWidth + 16);
        // Centred on the lifeline, but kept inside the drawing.
        double x = xOf(e.node) - w / 2;
        x = std::max(kTimeColumn - 20, std::min(x, width - kRightMargin / 2 - w));
        os << "<g class=\"note\">\n"
           << "<rect x=\"" << Num(x) << "\" y=\"" << Num(top + 4) << "\" width=\"" << Num(w)
           << "\" height=\"38\" rx=\"4\" fill=\"" << style.fill << "\" stroke=\"" << style.stroke
           << "\" stroke-width=\"1.2\"/>\n";
        Text(os, x + w / 2, top + 19, line1, 11.5, "middle",
             "font-weight=\"bold\" fill=\"#1f1f1f\"");
        if (!line2.empty())
        {
            Text(os, x + w / 2, top + 35, line2, 10.5, "middle", "fill=\"#333333\"");
        }
        os << "</g>\n";
    }

    Text(os, 12, legendY,
         "Arrows: messages, with interface and time sent \u2192 received (dashed red: never "
         "received). Rows are in time order, not to scale.",
         11, "start", "fill=\"#4d5561\"");
    Text(os, 12, legendY + 16,
         "Notes: yellow = key derived (with its clause), blue = DL NAS COUNT estimate, green = "
         "context created / check passed, red = context deleted / failure, orange = replay.",
         11, "start", "fill=\"#4d5561\"");
    os << "</svg>\n";
    return os.str();
}

} // namespace ns3
