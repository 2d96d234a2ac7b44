using System.Globalization;
using System.Net;
using System.Text;
using WellnessAssessment.Reports.Model;

namespace WellnessAssessment.Reports.Html;

/// <summary>
/// The accessible HTML rendering of the report model: headings in order, tables with header cells, described charts.
/// One method per part of the report; element ids come from positions in the model, so the same model gives the same
/// bytes in every process.
/// </summary>
internal static class HtmlReportComposer
{
    internal const string Style =
        "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;line-height:1.5;color:#1b1f24;max-width:60rem;margin:0 auto;padding:1rem;}\n" +
        "h1,h2,h3{color:var(--accent);line-height:1.25}table{border-collapse:collapse;width:100%;margin:0 0 1.25rem}caption{text-align:left;font-weight:700;padding:.25rem 0}" +
        "th,td{border-bottom:1px solid #c9d1d9;padding:.4rem;text-align:left;vertical-align:top}thead th{background:var(--accent);color:#fff}td.n{text-align:right;font-variant-numeric:tabular-nums}" +
        "dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1.5rem}dt{font-weight:600;color:#4a5561}dd{margin:0}" +
        "figure{margin:1rem 0}svg{max-width:100%;height:auto}.muted{color:#4a5561}.one-view{border-left:4px solid var(--accent);padding:.5rem .75rem;background:#f3f6f9}a{color:var(--accent)}:focus-visible{outline:3px solid #ffbf47}" +
        ".visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}.scroll{overflow-x:auto}.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;font-size:.9em}" +
        "@media print{body{max-width:none}section{break-inside:avoid-page}h2{break-before:page}thead{display:table-header-group}}\n";

    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    public static string Compose(ReportModel model, string accent, ReadOnlyMemory<byte> logo)
    {
        var html = new StringBuilder();
        Head(html, model, accent);
        Header(html, model, logo);
        html.Append("<main>\n");
        if (model.Include.HasFlag(ReportSections.ExecutiveSummary))
        {
            ExecutiveSummary(html, model);
        }

        if (model.Include.HasFlag(ReportSections.PeerComparison) && model.Peers is { } peers)
        {
            HtmlPeerSections.PeerComparison(html, peers);
        }

        if (model.Include.HasFlag(ReportSections.PerceptionGaps))
        {
            PerceptionGaps(html, model);
        }

        if (model.Include.HasFlag(ReportSections.HeatMap) && model.HeatMap is { } heatMap)
        {
            HtmlPeerSections.HeatMap(html, heatMap);
        }

        if (model.Include.HasFlag(ReportSections.Domains))
        {
            Areas(html, model);
        }

        if (model.Include.HasFlag(ReportSections.ActionPlan))
        {
            ActionPlan(html, model);
        }

        if (model.Include.HasFlag(ReportSections.Trend) && model.Trend is { } trend)
        {
            Trend(html, model.TrendNote!, trend);
        }

        if (model.Include.HasFlag(ReportSections.Progress) && model.Progress is { } progress)
        {
            HtmlProgressSection.Compose(html, progress);
        }

        if (model.Include.HasFlag(ReportSections.Outcomes) && model.Outcomes is { } outcomes)
        {
            Outcomes(html, outcomes);
        }

        if (model.Include.HasFlag(ReportSections.MethodAndPrivacy))
        {
            Method(html, model);
        }

        if (model.Include.HasFlag(ReportSections.Sources))
        {
            Sources(html, model);
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Head(StringBuilder html, ReportModel model, string accent) =>
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E($"{model.ReportTitle} — {model.AgencyName}")).Append("</title>\n<style>\n")
            .Append(":root{--accent:").Append(accent).Append(";}\n")
            .Append(Style)
            .Append("</style>\n</head>\n<body>\n");

    private static void Header(StringBuilder html, ReportModel model, ReadOnlyMemory<byte> logo)
    {
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
        Definition(html, "Respondents", model.RespondentsFact);
        Definition(html, "Origin", model.OriginFact);
        Definition(html, "Overall score", $"{model.OverallScore} of 100 — {model.OverallBand}");
        html.Append("</dl>\n</header>\n");
    }

    private static void ExecutiveSummary(StringBuilder html, ReportModel model)
    {
        OpenSection(html, "summary", "Executive summary");
        if (model.SingleView is { } single)
        {
            html.Append("<p class=\"one-view\" role=\"note\"><strong>One view.</strong> ").Append(E(single)).Append("</p>\n");
        }

        Paragraph(html, model.OverallParagraph);
        Table(html, "Overall and section scores", ["Part", "Score", "Band"], [1],
            [["Overall", model.OverallScore, model.OverallBand], .. model.Sections.Select(s => (IReadOnlyList<string>)[s.Title, s.Score, s.Band])]);
        foreach (var section in model.Sections)
        {
            Paragraph(html, section.Paragraph);
        }

        if (model.Participation is { } participation)
        {
            html.Append("<h3>Participation</h3>\n");
            Paragraph(html, participation.Intro);
            Table(html, "Participation by group", ["Group", "Headcount", "Respondents", "Rate", "Check"], [1, 2, 3], participation.Rows);
            Paragraph(html, participation.Note);
        }

        for (var c = 0; c < model.Charts.Count; c++)
        {
            Chart(html, $"chart-{(c + 1).ToString(Us)}", model.Charts[c].Heading, model.Charts[c].Points, model.ChartTicks);
        }

        html.Append("<h3>Strengths</h3>\n");
        Paragraph(html, model.Strengths.Count == 0 ? model.NoStrengths : model.StrengthsIntro, "muted");
        List(html, "ul", model.Strengths);
        html.Append(model.FocusAreas.Count > 0 ? "<h3>The first five actions, focus areas first</h3>\n" : "<h3>The five highest-priority actions</h3>\n");
        if (model.TopActions.Count == 0)
        {
            Paragraph(html, "No action is called for by the method's thresholds.");
        }
        else
        {
            html.Append("<ol>\n");
            foreach (var action in model.TopActions)
            {
                html.Append("<li><strong>").Append(E(action.Action)).Append("</strong> ").Append(E($"Owner: {action.Owner} · {action.Timeframe} · Success: {action.Indicator}")).Append("</li>\n");
            }

            html.Append("</ol>\n");
        }

        CloseSection(html);
    }

    private static void PerceptionGaps(StringBuilder html, ReportModel model)
    {
        OpenSection(html, "gaps", "Perception gaps: leadership and the front line");
        Paragraph(html, model.GapNote);
        if (!model.AnyGapShown)
        {
            html.Append("<p><strong>No leadership–frontline comparison can be shown for this assessment.</strong></p>\n");
        }
        else
        {
            Table(html, "Leadership minus frontline, per area", ["Area", "Leadership", "Frontline", "Gap", "Note"], [1, 2, 3],
                model.Gaps.Select(g => (IReadOnlyList<string>)[g.Domain, ReportModelBuilder.Score(g.Leadership), ReportModelBuilder.Score(g.Frontline), g.Gap is { } gap ? gap.ToString("+0.0;-0.0;0.0", Us) : "—", GapWords.Shown(g.Flagged, g.Note)]));
        }

        CloseSection(html);
    }

    private static void Areas(StringBuilder html, ReportModel model)
    {
        OpenSection(html, "areas", "Areas");
        for (var d = 0; d < model.Domains.Count; d++)
        {
            var domain = model.Domains[d];
            html.Append("<h3 id=\"area-").Append((d + 1).ToString(Us)).Append("\">").Append(E(domain.Title)).Append("</h3>\n<p><strong>")
                .Append(E($"Score {domain.Score} ({domain.Band}) · n = {domain.N.ToString(Us)} · 95% CI {domain.Interval} · Cronbach's alpha {domain.Alpha}")).Append("</strong></p>\n");
            if (domain.Summary is { } summary)
            {
                Paragraph(html, summary, "muted");
            }

            Table(html, $"Practices in {domain.Title}", ["Practice", "Score", "Don't know", "Consensus"], [1, 2],
                domain.Items.Select(i => (IReadOnlyList<string>)[i.Text, ReportModelBuilder.Score(i.Score), i.DontKnow, i.LowConsensus ? "low" : string.Empty]));
            if (domain.SuppressionNote is { } note)
            {
                Paragraph(html, note, "muted");
            }
        }

        CloseSection(html);
    }

    private static void ActionPlan(StringBuilder html, ReportModel model)
    {
        OpenSection(html, "plan", "Action plan");
        Paragraph(html, model.PlanIntro);
        if (model.SingleView is { } single)
        {
            Paragraph(html, single, "one-view");
        }

        if (model.FocusAreas.Count > 0)
        {
            Table(html, model.FocusAreasSuggested ? "Focus areas (suggested)" : "Focus areas", ["Focus area", "Score", "Owner", "First-year actions"], [1, 3],
                model.FocusAreas.Select(a => (IReadOnlyList<string>)[a.Title, a.Score, a.Owner, a.Actions.ToString(Us)]));
        }

        if (model.FirstSteps.Count > 0)
        {
            Table(html, "First steps, before the actions below", ["#", "Step", "For", "Owner", "When", "Success indicator"], [0],
                model.FirstSteps.Select(r => (IReadOnlyList<string>)[r.Rank.ToString(Us), r.Action, r.Item, r.Owner, r.Timeframe, r.Indicator]));
        }

        var othersOpened = false;
        foreach (var group in model.ActionPlan)
        {
            if (group.Timeframe.Length > 0 && !othersOpened && model.ActionPlan.Any(g => g.Timeframe.Length == 0))
            {
                html.Append("<h3>Other first-year actions</h3>\n");
                othersOpened = true;
            }

            string Practice(ActionRow r) => group.Timeframe.Length == 0 ? $"{r.Item} · {ReportModelBuilder.TimeframeHeading(r.Timeframe)}" : r.Item;
            if (model.HasRegister)
            {
                Table(html, group.Heading, ["#", "Action", "Practice", "Owner", "Success indicator", "Source", "Assignee", "Due", "Status"], [0],
                    group.Rows.Select(r => (IReadOnlyList<string>)[r.Rank.ToString(Us), r.Action, Practice(r), r.Owner, r.Indicator, r.Source, r.Assignee, r.Due, r.Status]));
            }
            else
            {
                Table(html, group.Heading, ["#", "Action", "Practice", "Owner", "Success indicator", "Source"], [0],
                    group.Rows.Select(r => (IReadOnlyList<string>)[r.Rank.ToString(Us), r.Action, Practice(r), r.Owner, r.Indicator, r.Source]));
            }
        }

        html.Append("<h3>Keep it going</h3>\n");
        Paragraph(html, model.KeepItGoingIntro, "muted");
        if (model.KeepItGoing.Count > 0)
        {
            Table(html, "Keep it going: sustain steps", ["#", "Sustain step", "Practice (score)", "Owner", "When", "Success indicator"], [0],
                model.KeepItGoing.Select(r => (IReadOnlyList<string>)[r.Rank.ToString(Us), r.Action, r.Item, r.Owner, r.Timeframe, r.Indicator]));
        }

        if (model.Later.Count > 0)
        {
            html.Append("<h3>Later: the rest of the plan</h3>\n");
            Paragraph(html, "Actions for after the first year, in priority order, to take up as first-year actions are done.", "muted");
            Table(html, "Later actions", ["#", "Action", "Practice", "Owner", "When"], [0],
                model.Later.Select(r => (IReadOnlyList<string>)[r.Rank.ToString(Us), r.Action, r.Item, r.Owner, r.Timeframe]));
        }

        CloseSection(html);
    }

    private static void Trend(StringBuilder html, string note, IReadOnlyList<TrendRow> trend)
    {
        OpenSection(html, "trend", "Trend since the earlier assessment");
        Paragraph(html, note);
        Table(html, "Change per area", ["Area", "Earlier", "Now", "Change", "Note"], [1, 2, 3], trend.Select(t => (IReadOnlyList<string>)[t.Domain, t.Then, t.Now, t.Delta, t.Note]));
        CloseSection(html);
    }

    private static void Outcomes(StringBuilder html, OutcomeSection outcomes)
    {
        OpenSection(html, "outcomes", "Outcomes");
        Paragraph(html, outcomes.Intro);
        Table(html, "Outcome statements", ["Outcome", "Score", "n", "Don't know"], [1, 2, 3], outcomes.Rows.Select(r => (IReadOnlyList<string>)[r.Text, r.Score, r.N, r.DontKnow]));
        html.Append("<h3 id=\"associations\">").Append(E(outcomes.AssociationHeading)).Append("</h3>\n");
        if (outcomes.AssociationIntro is { } intro)
        {
            Paragraph(html, intro);
        }

        html.Append("<p class=\"one-view\" role=\"note\"><strong>Association, not cause.</strong> ").Append(E(outcomes.Caution)).Append("</p>\n");
        if (outcomes.Associations.Count > 0)
        {
            Table(html, "Areas and the outcomes they move with (association, not cause)", ["Area", "Moves with", "r", "95% CI", "n"], [2, 3, 4],
                outcomes.Associations.Select(a => (IReadOnlyList<string>)[a.Area, a.MovesWith, a.R, a.Interval, a.N]));
        }

        if (outcomes.NotShown is { } notShown)
        {
            Paragraph(html, notShown);
        }

        CloseSection(html);
    }

    private static void Method(StringBuilder html, ReportModel model)
    {
        OpenSection(html, "method", "Method and privacy");
        foreach (var paragraph in model.Method)
        {
            Paragraph(html, paragraph);
        }

        CloseSection(html);
    }

    private static void Sources(StringBuilder html, ReportModel model)
    {
        OpenSection(html, "sources", "Sources");
        html.Append("<ul>\n");
        foreach (var source in model.Sources)
        {
            html.Append("<li>").Append(E(source.Text));
            if (source.Url is { } url)
            {
                html.Append(" <a href=\"").Append(E(url)).Append("\">").Append(E(url)).Append("</a>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
        CloseSection(html);
    }

    internal static void OpenSection(StringBuilder html, string id, string heading) =>
        html.Append("<section aria-labelledby=\"").Append(id).Append("\">\n<h2 id=\"").Append(id).Append("\">").Append(E(heading)).Append("</h2>\n");

    internal static void CloseSection(StringBuilder html) => html.Append("</section>\n");

    internal static void Paragraph(StringBuilder html, string text, string? cssClass = null) =>
        html.Append(cssClass is null ? "<p>" : $"<p class=\"{cssClass}\">").Append(E(text)).Append("</p>\n");

    private static void List(StringBuilder html, string tag, IReadOnlyList<string> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        html.Append('<').Append(tag).Append(">\n");
        foreach (var entry in entries)
        {
            html.Append("<li>").Append(E(entry)).Append("</li>\n");
        }

        html.Append("</").Append(tag).Append(">\n");
    }

    private static void Definition(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(E(term)).Append("</dt><dd>").Append(E(value)).Append("</dd>\n");

    internal static void Table(StringBuilder html, string caption, IReadOnlyList<string> header, IReadOnlyCollection<int> numeric, IEnumerable<IReadOnlyList<string>> rows)
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

    /// <summary>A bar chart as SVG, gridlines at the band edges, with a text alternative listing every value.</summary>
    private static void Chart(StringBuilder html, string id, string title, IReadOnlyList<ChartPoint> points, IReadOnlyList<double> ticks)
    {
        if (points.Count == 0)
        {
            return;
        }

        const double Left = 200;
        const double Scale = 3.5;
        var height = points.Count * 26 + 10;
        var description = string.Join("; ", points.Select(p => $"{p.Label}: {ReportModelBuilder.Score(p.Score)}"));
        html.Append("<figure>\n<svg role=\"img\" viewBox=\"0 0 600 ").Append((height + 16).ToString(Us))
            .Append("\" aria-labelledby=\"").Append(id).Append("\">\n<title id=\"").Append(id).Append("\">").Append(E($"{title} (0–100): {description}")).Append("</title>\n");
        foreach (var tick in ticks)
        {
            var x = Left + tick * Scale;
            html.Append(Us, $"<line x1=\"{x:0.0}\" x2=\"{x:0.0}\" y1=\"0\" y2=\"{height}\" stroke=\"#c9d1d9\"></line>")
                .Append(Us, $"<text x=\"{x:0.0}\" y=\"{height + 13}\" font-size=\"10\" text-anchor=\"middle\">{ReportModelBuilder.Number(tick)}</text>\n");
        }

        for (var i = 0; i < points.Count; i++)
        {
            var y = 5 + i * 26;
            var width = (points[i].Score ?? 0) * Scale;
            html.Append(Us, $"<text x=\"0\" y=\"{y + 15}\" font-size=\"12\">{E(points[i].ShortLabel)}</text>")
                .Append(Us, $"<rect x=\"{Left:0}\" y=\"{y}\" width=\"{width:0.0}\" height=\"18\" fill=\"currentColor\" style=\"color:var(--accent)\"></rect>")
                .Append(Us, $"<text x=\"{Left + 5 + width:0.0}\" y=\"{y + 14}\" font-size=\"12\">{ReportModelBuilder.Score(points[i].Score)}</text>\n");
        }

        html.Append("</svg>\n<figcaption>").Append(E(title)).Append("</figcaption>\n</figure>\n");
    }

    internal static string E(string text) => WebUtility.HtmlEncode(text);
}
