using System.Globalization;
using System.Text;
using WellnessAssessment.Reports.Model;
using static WellnessAssessment.Reports.Html.HtmlReportComposer;

namespace WellnessAssessment.Reports.Html;

/// <summary>The executive brief as accessible HTML: the same content as the PDF brief, in the report's styles.</summary>
internal static class HtmlBriefComposer
{
    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    public static string Compose(BriefModel brief, string accent)
    {
        var model = brief.Report;
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E($"{model.ReportTitle} — {model.AgencyName}")).Append("</title>\n<style>\n")
            .Append(":root{--accent:").Append(accent).Append(";}\n").Append(Style)
            .Append("@media print{h2{break-before:auto}}\n</style>\n</head>\n<body>\n<header>\n<p class=\"muted\">Executive brief · organizational wellness</p>\n<h1>")
            .Append(E(model.AgencyName)).Append("</h1>\n<p class=\"muted\">")
            .Append(E($"{model.InstrumentTitle}, version {model.InstrumentVersion}" + (model.Period is { } period ? $" · {period}" : string.Empty) + $" · {model.CreatedAt.ToString("MMMM d, yyyy", Us)}"))
            .Append("</p>\n</header>\n<main>\n");
        if (brief.Withheld is { } statement)
        {
            OpenSection(html, "result", "Result");
            html.Append("<p><strong>").Append(E(statement)).Append("</strong></p>\n");
            Paragraph(html, "This brief shows no score, practice, gap, focus area or action: the release withholds every figure.");
            CloseSection(html);
            html.Append("</main>\n</body>\n</html>\n");
            return html.ToString();
        }

        var include = model.Include;
        if (include.HasFlag(ReportSections.ExecutiveSummary))
        {
            OpenSection(html, "result", "Result");
            html.Append("<dl>\n<dt>Overall score</dt><dd>").Append(E($"{model.OverallScore} of 100 — {model.OverallBand}")).Append("</dd>\n<dt>Respondents</dt><dd>")
                .Append(E(model.RespondentsFact)).Append("</dd>\n<dt>Origin</dt><dd>").Append(E(model.OriginFact)).Append("</dd>\n</dl>\n");
            if (model.SingleView is { } single)
            {
                html.Append("<p class=\"one-view\" role=\"note\"><strong>One view.</strong> ").Append(E(single)).Append("</p>\n");
            }

            CloseSection(html);
        }

        if (include.HasFlag(ReportSections.ActionPlan))
        {
            FocusAreas(html, brief);
        }

        if (include.HasFlag(ReportSections.Domains))
        {
            Practices(html, brief);
        }

        if (include.HasFlag(ReportSections.PerceptionGaps))
        {
            OpenSection(html, "gaps", "Largest leadership–frontline gaps");
            Paragraph(html, brief.GapNote, "muted");
            if (brief.Gaps.Count > 0)
            {
                Table(html, "Largest gaps", ["Area", "Leadership", "Frontline", "Gap"], [1, 2, 3],
                    brief.Gaps.Select(g => (IReadOnlyList<string>)[g.Domain, ReportModelBuilder.Score(g.Leadership), ReportModelBuilder.Score(g.Frontline),
                        g.Gap!.Value.ToString("+0.0;-0.0;0.0", Us) + (g.Flagged ? " (flagged)" : string.Empty)]));
            }

            CloseSection(html);
        }

        if (include.HasFlag(ReportSections.Trend))
        {
            OpenSection(html, "change", "What changed since the last cycle");
            Paragraph(html, brief.Change ?? "No earlier cycle was given, so there is no change to show yet.");
            if (brief.Changes.Count > 0)
            {
                Table(html, "Largest changes by area", ["Area", "Earlier", "Now", "Change", "Note"], [1, 2, 3],
                    brief.Changes.Select(r => (IReadOnlyList<string>)[r.Domain, r.Then, r.Now, r.Delta, r.Note]));
            }

            CloseSection(html);
        }

        if (include.HasFlag(ReportSections.MethodAndPrivacy))
        {
            Paragraph(html, $"Results for any group of fewer than {model.AnonymityThreshold.ToString(Us)} respondents are withheld. The action plan gives every action, the method and the sources.", "muted");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void FocusAreas(StringBuilder html, BriefModel brief)
    {
        OpenSection(html, "focus", brief.FocusAreasSuggested ? "Focus areas (suggested from the plan's priorities)" : "Focus areas");
        if (brief.FocusAreas.Count == 0)
        {
            Paragraph(html, "No focus area: no action is called for by the method's thresholds.");
        }
        else
        {
            Table(html, "Focus areas and their owners", ["Focus area", "Score", "Owner", "First-year actions"], [1, 3],
                brief.FocusAreas.Select(a => (IReadOnlyList<string>)[a.Title, a.Score, a.Owner, a.Actions.ToString(Us)]));
        }

        if (brief.FirstActions.Count > 0)
        {
            Table(html, "First actions", ["Action", "Focus area", "Owner", "When"], [],
                brief.FirstActions.Select(a => (IReadOnlyList<string>)[a.Action, a.Area, a.Owner, a.When]));
        }

        Paragraph(html, brief.PlanSummary, "muted");
        CloseSection(html);
    }

    private static void Practices(StringBuilder html, BriefModel brief)
    {
        OpenSection(html, "practices", "Strongest and weakest practices");
        if (brief.Strongest.Count == 0)
        {
            Paragraph(html, "No practice has a score that can be shown.");
        }
        else
        {
            Table(html, "The three strongest", ["Practice", "Area", "Score"], [2], brief.Strongest.Select(p => (IReadOnlyList<string>)[p.Practice, p.Area, p.Score]));
        }

        if (brief.Weakest.Count > 0)
        {
            Table(html, "The three weakest", ["Practice", "Area", "Score"], [2], brief.Weakest.Select(p => (IReadOnlyList<string>)[p.Practice, p.Area, p.Score]));
        }

        CloseSection(html);
    }
}
