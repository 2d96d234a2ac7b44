using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;
using WellnessAssessment.Reports.Model;

namespace WellnessAssessment.Reports.Pdf;

/// <summary>The executive brief on at most two Letter pages: the result and the focus areas with their owners on page 1.</summary>
internal static class PdfBriefLayout
{
    private static readonly XColor Muted = XColor.FromArgb(0x4A, 0x55, 0x61);
    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    public static void Compose(PdfComposer pdf, BriefModel brief)
    {
        var model = brief.Report;
        pdf.NewPage();
        pdf.Paragraph("EXECUTIVE BRIEF · ORGANIZATIONAL WELLNESS", 8.5f, bold: true, color: Muted);
        pdf.Paragraph(model.AgencyName, 20, bold: true, color: pdf.Accent, tag: PdfBlockLevelElementTag.Heading1);
        var facts = $"{model.InstrumentTitle}, version {model.InstrumentVersion}" + (model.Period is { } period ? $" · {period}" : string.Empty)
            + $" · {model.CreatedAt.ToString("MMMM d, yyyy", Us)}";
        pdf.Paragraph(facts, 9.5f, color: Muted);
        if (brief.Withheld is { } statement)
        {
            pdf.Heading("Result", 12);
            pdf.Paragraph(statement, 11, bold: true);
            pdf.Paragraph("This brief shows no score, practice, gap, focus area or action: the release withholds every figure.", 10);
            return;
        }

        var include = model.Include;
        if (include.HasFlag(ReportSections.ExecutiveSummary))
        {
            PdfReportLayout.ScoreCard(pdf, model);
            pdf.Space(6);
            pdf.Fact("Respondents", model.RespondentsFact, 10, 110);
            pdf.Fact("Origin", model.OriginFact, 10, 110);
            if (model.SingleView is { } single)
            {
                pdf.Paragraph("One view. " + single, 9.5f, bold: true);
            }
        }

        if (include.HasFlag(ReportSections.ActionPlan))
        {
            FocusAreas(pdf, brief);
        }

        if (include.HasFlag(ReportSections.Domains))
        {
            Practices(pdf, brief);
        }

        if (include.HasFlag(ReportSections.PerceptionGaps))
        {
            Gaps(pdf, brief);
        }

        if (include.HasFlag(ReportSections.Trend))
        {
            Change(pdf, brief);
        }

        if (include.HasFlag(ReportSections.MethodAndPrivacy))
        {
            pdf.Paragraph(
                $"Results for any group of fewer than {model.AnonymityThreshold.ToString(Us)} respondents are withheld. The action plan gives every action, the method and the sources.",
                8, color: Muted);
        }
    }

    private static void FocusAreas(PdfComposer pdf, BriefModel brief)
    {
        pdf.Heading(brief.FocusAreasSuggested ? "Focus areas (suggested from the plan's priorities)" : "Focus areas", 12, keepWithNext: 50);
        if (brief.FocusAreas.Count == 0)
        {
            pdf.Paragraph("No focus area: no action is called for by the method's thresholds.", 9.5f);
        }
        else
        {
            pdf.Table(
                new TableSpec(["Focus area", "Score", "Owner", "First-year actions"], [0.4f, 0.12f, 0.32f, 0.16f], 9) { RightAlignedColumns = [1, 3] },
                [.. brief.FocusAreas.Select(a => (IReadOnlyList<string>)[a.Title, a.Score, a.Owner, a.Actions.ToString(Us)])]);
        }

        if (brief.FirstActions.Count > 0)
        {
            pdf.Heading("First actions", 12, keepWithNext: 50);
            pdf.Table(
                new TableSpec(["Action", "Focus area", "Owner", "When"], [0.46f, 0.18f, 0.18f, 0.18f], 8.5f),
                [.. brief.FirstActions.Select(a => (IReadOnlyList<string>)[a.Action, a.Area, a.Owner, a.When])]);
        }

        pdf.Paragraph(brief.PlanSummary, 9, color: Muted);
    }

    private static void Practices(PdfComposer pdf, BriefModel brief)
    {
        pdf.Heading("Strongest and weakest practices", 12, keepWithNext: 50);
        var practices = new TableSpec(["Practice", "Area", "Score"], [0.62f, 0.26f, 0.12f], 8.5f) { RightAlignedColumns = [2] };
        if (brief.Strongest.Count == 0)
        {
            pdf.Paragraph("No practice has a score that can be shown.", 9.5f);
        }
        else
        {
            pdf.Paragraph("The three strongest:", 9.5f, bold: true);
            pdf.Table(practices, [.. brief.Strongest.Select(p => (IReadOnlyList<string>)[p.Practice, p.Area, p.Score])]);
        }

        if (brief.Weakest.Count > 0)
        {
            pdf.Paragraph("The three weakest:", 9.5f, bold: true);
            pdf.Table(practices, [.. brief.Weakest.Select(p => (IReadOnlyList<string>)[p.Practice, p.Area, p.Score])]);
        }
    }

    private static void Gaps(PdfComposer pdf, BriefModel brief)
    {
        pdf.Heading("Largest leadership–frontline gaps", 12, keepWithNext: 50);
        pdf.Paragraph(brief.GapNote, 9, color: Muted);
        if (brief.Gaps.Count > 0)
        {
            pdf.Table(
                new TableSpec(["Area", "Leadership", "Frontline", "Gap"], [0.52f, 0.16f, 0.16f, 0.16f], 8.5f) { RightAlignedColumns = [1, 2, 3] },
                [.. brief.Gaps.Select(g => (IReadOnlyList<string>)[g.Domain, ReportModelBuilder.Score(g.Leadership), ReportModelBuilder.Score(g.Frontline),
                    g.Gap!.Value.ToString("+0.0;-0.0;0.0", Us) + (g.Flagged ? " (flagged)" : string.Empty)])]);
        }
    }

    private static void Change(PdfComposer pdf, BriefModel brief)
    {
        pdf.Heading("What changed since the last cycle", 12, keepWithNext: 40);
        pdf.Paragraph(brief.Change ?? "No earlier cycle was given, so there is no change to show yet.", 9.5f);
        if (brief.Changes.Count > 0)
        {
            pdf.Table(
                new TableSpec(["Area", "Earlier", "Now", "Change", "Note"], [0.4f, 0.11f, 0.11f, 0.11f, 0.27f], 8.5f) { RightAlignedColumns = [1, 2, 3] },
                [.. brief.Changes.Select(r => (IReadOnlyList<string>)[r.Domain, r.Then, r.Now, r.Delta, r.Note])]);
        }
    }
}
