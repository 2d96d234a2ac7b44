using System.Globalization;
using System.Net;
using System.Text;
using WellnessAssessment.Reports.Model;

namespace WellnessAssessment.Reports.Html;

/// <summary>
/// The HTML parts for peers: "compared with N agencies" (a table whose rows carry the peer-range bar as a decorative
/// SVG beside the numbers as text) and the heat map (a table whose cells are coloured by band and always say the score
/// or "withheld" in words).
/// </summary>
internal static class HtmlPeerSections
{
    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    public static void PeerComparison(StringBuilder html, PeerPage page)
    {
        html.Append("<section aria-labelledby=\"peers\">\n<h2 id=\"peers\">").Append(E(page.Heading)).Append("</h2>\n");
        if (page.OmittedReason is { } reason)
        {
            html.Append("<p><strong>").Append(E(reason)).Append("</strong></p>\n</section>\n");
            return;
        }

        html.Append("<p class=\"muted\">").Append(E(page.Intro)).Append("</p>\n")
            .Append("<table class=\"peers\">\n<caption>").Append(E(page.Heading)).Append(": score, peer median and range per area</caption>\n<thead><tr>")
            .Append("<th scope=\"col\">Area</th><th scope=\"col\">Score</th><th scope=\"col\">Peer median</th><th scope=\"col\">Peer range</th><th scope=\"col\">Rank</th><th scope=\"col\">Peers</th><th scope=\"col\"><span class=\"visually-hidden\">Chart</span></th>")
            .Append("</tr></thead>\n<tbody>\n");
        foreach (var row in page.Rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(row.Domain)).Append("</th>")
                .Append("<td class=\"n\">").Append(ReportModelBuilder.Score(row.Score)).Append("</td>")
                .Append("<td class=\"n\">").Append(ReportModelBuilder.Score(row.Median)).Append("</td>")
                .Append("<td class=\"n\">").Append(row.Range).Append("</td>")
                .Append("<td>").Append(E(row.Rank)).Append("</td><td>").Append(E(row.Peers)).Append("</td><td>");
            Bar(html, row);
            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    public static void HeatMap(StringBuilder html, HeatMap map)
    {
        html.Append("<section aria-labelledby=\"heat\">\n<h2 id=\"heat\">Heat map: areas by rank group</h2>\n")
            .Append("<p class=\"muted\">").Append(E(map.Intro)).Append("</p>\n")
            .Append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Heat map (scrolls sideways)\">\n<table class=\"heat-map\">\n<caption>Scores by area and rank group (0–100)</caption>\n<thead><tr><th scope=\"col\">Area</th>");
        foreach (var column in map.Columns)
        {
            html.Append("<th scope=\"col\">").Append(E(column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in map.Rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(row.Domain)).Append("</th>");
            foreach (var cell in row.Cells)
            {
                html.Append("<td class=\"n\" style=\"").Append(Style(cell)).Append("\">").Append(E(cell.Text)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n<ul class=\"legend\" aria-label=\"Colour key\">\n");
        foreach (var entry in map.Legend)
        {
            html.Append("<li><span aria-hidden=\"true\" style=\"display:inline-block;width:1.2em;height:.9em;border:1px solid #c9d1d9;vertical-align:middle;margin-right:.35em;background:")
                .Append(HeatMapPalette.Fill[entry.BandIndex]).Append("\"></span>").Append(E(entry.Label)).Append("</li>\n");
        }

        html.Append("<li><span aria-hidden=\"true\" style=\"display:inline-block;width:1.2em;height:.9em;border:1px solid #c9d1d9;vertical-align:middle;margin-right:.35em;")
            .Append(WithheldBackground).Append("\"></span>withheld: too few respondents to show</li>\n</ul>\n</section>\n");
    }

    private const string WithheldBackground = "background:repeating-linear-gradient(135deg," + HeatMapPalette.WithheldFill + " 0 4px,#dfe3e8 4px 5px)";

    private static string Style(HeatCell cell) => cell.Withheld
        ? $"{WithheldBackground};color:{HeatMapPalette.WithheldText};font-style:italic;text-align:center"
        : cell.BandIndex is { } band
            ? $"background:{HeatMapPalette.Fill[band]};color:{HeatMapPalette.Text[band]};font-weight:600;text-align:center"
            : "color:#4a5561;text-align:center";

    /// <summary>The peer range (p10–p90, p25–p75 darker), the median line and the agency's diamond, on 0–100; decorative (the row says it in text).</summary>
    private static void Bar(StringBuilder html, PeerRow row)
    {
        html.Append("<svg aria-hidden=\"true\" focusable=\"false\" width=\"160\" height=\"16\" viewBox=\"0 0 160 16\"><line x1=\"0\" x2=\"160\" y1=\"8\" y2=\"8\" stroke=\"#c9d1d9\"></line>");
        if (!row.Withheld && row.Median is { } median)
        {
            // Only what the peers' cell publishes: p10–p90 from 20 agencies, p25–p75 from 10, the median always.
            static double X(double value) => Math.Clamp(value, 0, 100) * 1.6;
            if (row.P10 is { } p10 && row.P90 is { } p90)
            {
                html.Append(Us, $"<rect x=\"{X(p10):0.0}\" y=\"3\" width=\"{Math.Max(X(p90) - X(p10), 1):0.0}\" height=\"10\" fill=\"#c6dbef\"></rect>");
            }

            if (row.P25 is { } p25 && row.P75 is { } p75)
            {
                html.Append(Us, $"<rect x=\"{X(p25):0.0}\" y=\"3\" width=\"{Math.Max(X(p75) - X(p25), 1):0.0}\" height=\"10\" fill=\"#6baed6\"></rect>");
            }

            html.Append(Us, $"<line x1=\"{X(median):0.0}\" x2=\"{X(median):0.0}\" y1=\"1\" y2=\"15\" stroke=\"#1b1f24\" stroke-width=\"2\"></line>");
            if (row.Score is { } score)
            {
                var x = X(score);
                html.Append(Us, $"<path d=\"M{x:0.0} 2 L{x + 5:0.0} 8 L{x:0.0} 14 L{x - 5:0.0} 8 Z\" fill=\"currentColor\" style=\"color:var(--accent)\" stroke=\"#fff\"></path>");
            }
        }

        html.Append("</svg>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
