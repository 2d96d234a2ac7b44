using WellnessAssessment.Reports.Model;

namespace WellnessAssessment.Reports.Pdf;

/// <summary>The PDF section "What we did and what changed".</summary>
internal static class PdfProgressSection
{
    public static void Compose(PdfComposer pdf, ProgressSection progress)
    {
        pdf.NewPage();
        pdf.Heading("What we did and what changed");
        pdf.Paragraph(progress.Intro);
        if (progress.Actions.Count == 0)
        {
            pdf.Paragraph("No action was adopted from the earlier assessment's plan.");
        }
        else
        {
            pdf.Table(
                new TableSpec(["Action", "Status", "Practice score", "95% intervals", "Verdict", "Area"], [0.30f, 0.14f, 0.14f, 0.14f, 0.10f, 0.18f], 8) { BoldFirstLineColumn = 0 },
                [.. progress.Actions.Select(row => (IReadOnlyList<string>)[$"{row.Action}\nPractice: {row.Practice}", row.Status, row.PracticeChange, row.PracticeIntervals, row.Verdict, row.AreaChange])]);
        }

        pdf.Heading("Practices that moved without an action", 12, keepWithNext: 80);
        if (progress.MovedWithoutAction.Count == 0)
        {
            pdf.Paragraph("None: every practice that changed beyond noise had an action in progress or done.");
        }
        else
        {
            pdf.Table(
                new TableSpec(["Practice", "Score", "95% intervals", "Verdict"], [0.46f, 0.2f, 0.2f, 0.14f], 8),
                [.. progress.MovedWithoutAction.Select(row => (IReadOnlyList<string>)[row.Practice, row.Change, row.Intervals, row.Verdict])]);
        }

        pdf.Heading("Actions taken whose practice has not moved yet", 12, keepWithNext: 60);
        if (progress.ActionsWithoutMovement.Count == 0)
        {
            pdf.Paragraph("None: every practice with an action in progress or done moved beyond noise.");
        }
        else
        {
            pdf.List(progress.ActionsWithoutMovement);
        }
    }
}
