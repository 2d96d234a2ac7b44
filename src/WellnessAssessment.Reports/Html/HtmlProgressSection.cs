using System.Text;
using WellnessAssessment.Reports.Model;

namespace WellnessAssessment.Reports.Html;

/// <summary>The HTML section "What we did and what changed".</summary>
internal static class HtmlProgressSection
{
    public static void Compose(StringBuilder html, ProgressSection progress)
    {
        HtmlReportComposer.OpenSection(html, "progress", "What we did and what changed");
        HtmlReportComposer.Paragraph(html, progress.Intro);
        if (progress.Actions.Count == 0)
        {
            HtmlReportComposer.Paragraph(html, "No action was adopted from the earlier assessment's plan.");
        }
        else
        {
            HtmlReportComposer.Table(html, "Actions adopted from the earlier plan and their practice's change",
                ["Action", "Practice", "Status", "Practice score", "95% intervals", "Verdict", "Area"], [],
                progress.Actions.Select(row => (IReadOnlyList<string>)[row.Action, row.Practice, row.Status, row.PracticeChange, row.PracticeIntervals, row.Verdict, row.AreaChange]));
        }

        html.Append("<h3>Practices that moved without an action</h3>\n");
        if (progress.MovedWithoutAction.Count == 0)
        {
            HtmlReportComposer.Paragraph(html, "None: every practice that changed beyond noise had an action in progress or done.");
        }
        else
        {
            HtmlReportComposer.Table(html, "Practices that moved without an action", ["Practice", "Score", "95% intervals", "Verdict"], [],
                progress.MovedWithoutAction.Select(row => (IReadOnlyList<string>)[row.Practice, row.Change, row.Intervals, row.Verdict]));
        }

        html.Append("<h3>Actions taken whose practice has not moved yet</h3>\n");
        if (progress.ActionsWithoutMovement.Count == 0)
        {
            HtmlReportComposer.Paragraph(html, "None: every practice with an action in progress or done moved beyond noise.");
        }
        else
        {
            html.Append("<ul>\n");
            foreach (var line in progress.ActionsWithoutMovement)
            {
                html.Append("<li>").Append(HtmlReportComposer.E(line)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        HtmlReportComposer.CloseSection(html);
    }
}
