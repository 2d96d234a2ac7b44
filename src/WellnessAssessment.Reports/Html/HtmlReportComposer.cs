using System.Globalization;
using System.Net;
using System.Text;
using WellnessAssessment.Reports.Model;

namespace WellnessAssessment.Reports.Html;

/// <summary>The accessible HTML rendering of the report model: headings in order, tables with header cells, described charts.</summary>
internal static class HtmlReportComposer
{
    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    public static string Compose(ReportModel model, string accent, ReadOnlyMemory<byte> logo)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E($"{model.ReportTitle} — {model.AgencyName}")).Append("</title>\n<style>\n")
            .Append(":root{--accent:").Append(accent).Append(";}\n")
            .Append("body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;line-height:1.5;color:#1b1f24;max-width:60rem;margin:0 auto;padding:1rem;}\n")
            .Append("h1,h2,h3{color:var(--accent);line-height:1.25}table{border-collapse:collapse;width:100%;margin:0 0 1.25rem}caption{text-align:left;font-weight:700;padding:.25rem 0}")
            .Append("th,td{border-bottom:1px solid #c9d1d9;padding:.4rem;text-align:left;vertical-align:top}thead th{background:var(--accent);color:#fff}td.n{text-align:right;font-variant-numeric:tabular-nums}")
            .Append("dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1.5rem}dt{font-weight:600;color:#4a5561}dd{margin:0}")
            .Append("figure{margin:1rem 0}svg{max-width:100%;height:auto}.muted{color:#4a5561}a{color:var(--accent)}:focus-visible{outline:3px solid #ffbf47}")
            .Append("@media print{body{max-width:none}section{break-inside:avoid-page}h2{break-before:page}thead{display:table-header-group}}\n</style>\n</head>\n<body>\n");
        html.Append("<header>\n");
        if (!logo.IsEmpty)
        {
            html.Append("<img src=\"data:image/").Append(logo.Span[0] == 0x89 ? "png" : "jpeg").Append(";base64,").Append(Convert.ToBase64String(logo.Span))
                .Append("\" alt=\"").Append(E(model.AgencyName)).Append(" logo\" style=\"max-height:80px\">\n");
        }

        html.Append("<p>").Append(E(model.AgencyName)).Append("</p>\n<h1>").Append(E(model.ReportTitle)).Append("</h1>\n<p class=\"muted\">")
            .Append(E($"{model.InstrumentTitle} · version {model.InstrumentVersion}")).Append("</p>\n<dl>\n");
        if (model.Period is { } period)
        {
            Definition(html, "Assessment period", period);
        }

        Definition(html, "Report date", model.CreatedAt.ToString("MMMM d, yyyy", Us));
        Definition(html, "Respondents", model.Respondents.ToString(CultureInfo.InvariantCulture));
        Definition(html, "Overall score", $"{model.OverallScore} of 100 — {model.OverallBand}");
        html.Append("</dl>\n</header>\n<main>\n");

        if (model.Include.HasFlag(ReportSections.ExecutiveSummary))
        {
            html.Append("<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Executive summary</h2>\n<p>").Append(E(model.OverallParagraph)).Append("</p>\n");
            Table(html, "Overall and section scores", ["Part", "Score", "Band"], [1],
                [["Overall", model.OverallScore, model.OverallBand], .. model.Sections.Select(s => (IReadOnlyList<string>)[s.Title, s.Score, s.Band])]);
            foreach (var section in model.Sections)
            {
                html.Append("<p>").Append(E(section.Paragraph)).Append("</p>\n");
            }

            Chart(html, "The five buy-in components", model.BuyIn);
            Chart(html, "The six crisis-readiness factors", model.Crisis);
            html.Append("<h3>Strengths</h3>\n<ul>\n");
            foreach (var strength in model.Strengths)
            {
                html.Append("<li>").Append(E(strength)).Append("</li>\n");
            }

            html.Append("</ul>\n<h3>The five highest-priority actions</h3>\n<ol>\n");
            foreach (var action in model.TopActions)
            {
                html.Append("<li><strong>").Append(E(action.Action)).Append("</strong> ").Append(E($"Owner: {action.Owner} · {action.Timeframe} · Success: {action.Indicator}")).Append("</li>\n");
            }

            html.Append("</ol>\n</section>\n");
        }

        if (model.Include.HasFlag(ReportSections.PerceptionGaps))
        {
            html.Append("<section aria-labelledby=\"gaps\">\n<h2 id=\"gaps\">Perception gaps: leadership and the front line</h2>\n<p>").Append(E(model.GapNote)).Append("</p>\n");
            if (!model.AnyGapShown)
            {
                html.Append("<p><strong>No leadership–frontline comparison can be shown for this assessment.</strong></p>\n</section>\n");
            }
            else
            {
                GapTable(html, model);
                html.Append("</section>\n");
            }
        }

        if (model.Include.HasFlag(ReportSections.Domains))
        {
            html.Append("<section aria-labelledby=\"areas\">\n<h2 id=\"areas\">Areas</h2>\n");
            foreach (var domain in model.Domains)
            {
                html.Append("<h3>").Append(E(domain.Title)).Append("</h3>\n<p><strong>").Append(E($"Score {domain.Score} ({domain.Band}) · n = {domain.N} · 95% CI {domain.Interval} · Cronbach's alpha {domain.Alpha}")).Append("</strong></p>\n");
                if (domain.Summary is { } summary)
                {
                    html.Append("<p class=\"muted\">").Append(E(summary)).Append("</p>\n");
                }

                Table(html, $"Practices in {domain.Title}", ["Practice", "Score", "Don't know", "Consensus"], [1, 2],
                    domain.Items.Select(i => (IReadOnlyList<string>)[i.Text, ReportModelBuilder.Score(i.Score), i.DontKnow, i.LowConsensus ? "low" : string.Empty]));
                if (domain.SuppressionNote is { } note)
                {
                    html.Append("<p class=\"muted\">").Append(E(note)).Append("</p>\n");
                }
            }

            html.Append("</section>\n");
        }

        if (model.Include.HasFlag(ReportSections.ActionPlan))
        {
            html.Append("<section aria-labelledby=\"plan\">\n<h2 id=\"plan\">Action plan</h2>\n");
            foreach (var group in model.ActionPlan)
            {
                Table(html, $"Within {group.Timeframe}", ["#", "Action", "Practice", "Owner", "Success indicator", "Source"], [0],
                    group.Rows.Select(r => (IReadOnlyList<string>)[r.Rank.ToString(CultureInfo.InvariantCulture), r.Action, r.Item, r.Owner, r.Indicator, r.Source]));
            }

            html.Append("</section>\n");
        }

        if (model.Include.HasFlag(ReportSections.Trend) && model.Trend is { } trend)
        {
            html.Append("<section aria-labelledby=\"trend\">\n<h2 id=\"trend\">Trend since the earlier assessment</h2>\n<p>").Append(E(model.TrendNote!)).Append("</p>\n");
            Table(html, "Change per area", ["Area", "Earlier", "Now", "Change", "Note"], [1, 2, 3], trend.Select(t => (IReadOnlyList<string>)[t.Domain, t.Then, t.Now, t.Delta, t.Note]));
            html.Append("</section>\n");
        }

        if (model.Include.HasFlag(ReportSections.MethodAndPrivacy))
        {
            html.Append("<section aria-labelledby=\"method\">\n<h2 id=\"method\">Method and privacy</h2>\n");
            foreach (var paragraph in model.Method)
            {
                html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
            }

            html.Append("</section>\n");
        }

        if (model.Include.HasFlag(ReportSections.Sources))
        {
            html.Append("<section aria-labelledby=\"sources\">\n<h2 id=\"sources\">Sources</h2>\n<ul>\n");
            foreach (var source in model.Sources)
            {
                html.Append("<li>").Append(E(source)).Append("</li>\n");
            }

            html.Append("</ul>\n</section>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void GapTable(StringBuilder html, ReportModel model) =>
        Table(html, "Leadership minus frontline, per area", ["Area", "Leadership", "Frontline", "Gap", "Note"], [1, 2, 3],
            model.Gaps.Select(g => (IReadOnlyList<string>)[g.Domain, ReportModelBuilder.Score(g.Leadership), ReportModelBuilder.Score(g.Frontline), g.Gap is { } gap ? gap.ToString("+0.0;-0.0;0.0", Us) : "—", g.Flagged ? "flagged" : g.Note]));

    private static void Definition(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(E(term)).Append("</dt><dd>").Append(E(value)).Append("</dd>\n");

    private static void Table(StringBuilder html, string caption, IReadOnlyList<string> header, IReadOnlyCollection<int> numeric, IEnumerable<IReadOnlyList<string>> rows)
    {
        html.Append("<table>\n<caption>").Append(E(caption)).Append("</caption>\n<thead><tr>");
        foreach (var cell in header)
        {
            html.Append("<th scope=\"col\">").Append(E(cell)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var c = 0; c < row.Count; c++)
            {
                if (c == 0)
                {
                    html.Append("<th scope=\"row\">").Append(E(row[c])).Append("</th>");
                }
                else
                {
                    html.Append(numeric.Contains(c) ? "<td class=\"n\">" : "<td>").Append(E(row[c])).Append("</td>");
                }
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>A bar chart as SVG with a text alternative listing every value.</summary>
    private static void Chart(StringBuilder html, string title, IReadOnlyList<ChartPoint> points)
    {
        if (points.Count == 0)
        {
            return;
        }

        var description = string.Join("; ", points.Select(p => $"{p.Label}: {ReportModelBuilder.Score(p.Score)}"));
        html.Append("<figure>\n<svg role=\"img\" viewBox=\"0 0 600 ").Append((points.Count * 26 + 10).ToString(CultureInfo.InvariantCulture))
            .Append("\" aria-labelledby=\"c-").Append(title.GetHashCode(StringComparison.Ordinal).ToString("x", CultureInfo.InvariantCulture)).Append("\">\n<title id=\"c-")
            .Append(title.GetHashCode(StringComparison.Ordinal).ToString("x", CultureInfo.InvariantCulture)).Append("\">").Append(E($"{title} (0–100): {description}")).Append("</title>\n");
        for (var i = 0; i < points.Count; i++)
        {
            var y = 5 + i * 26;
            var width = (points[i].Score ?? 0) * 3.5;
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 15}\" font-size=\"12\">{E(points[i].ShortLabel)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"200\" y=\"{y}\" width=\"{width:0.0}\" height=\"18\" fill=\"currentColor\" style=\"color:var(--accent)\"></rect>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{205 + width:0.0}\" y=\"{y + 14}\" font-size=\"12\">{ReportModelBuilder.Score(points[i].Score)}</text>\n");
        }

        html.Append("</svg>\n<figcaption>").Append(E(title)).Append("</figcaption>\n</figure>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
