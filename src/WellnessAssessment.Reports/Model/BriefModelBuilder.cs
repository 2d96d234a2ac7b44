using System.Globalization;
using WellnessAssessment.ActionPlan;
using WellnessAssessment.Disclosure;
using WellnessAssessment.Instruments;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Reports.Model;

/// <summary>
/// Builds the executive brief from a result: the report model's figures, the core's first-year plan and focus areas,
/// and short selections (three strongest and weakest practices, three largest gaps and changes). Only figures the result
/// publishes are used; a withheld release gives the statement alone.
/// </summary>
internal static class BriefModelBuilder
{
    /// <summary>The practices, gaps and changes the brief lists at most.</summary>
    public const int Listed = 3;

    /// <summary>The first actions per focus area the brief lists at most.</summary>
    public const int ActionsPerArea = 2;

    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    public static BriefModel Build(AssessmentResult result, ReportContent content, ReportSections sections, DateTimeOffset createdAt)
    {
        var report = ReportModelBuilder.Build(result, content, sections, createdAt) with { ReportTitle = "Executive Brief" };
        var withheld = result.Disclosure is { Status: ReleaseStatus.FewerThanMinimum } disclosure ? disclosure.Statement : null;
        var plan = FirstYearPlanner.Plan(result, content.Plan);
        var areaTitles = result.Domains().ToDictionary(d => d.Id, d => d.Title, StringComparer.Ordinal);
        var items = result.Domains()
            .SelectMany(domain => domain.Items.Where(item => item.Score is not null).Select(item => (Domain: domain.Title, Item: item)))
            .ToList();
        // Highest first, ties in instrument order; the weakest are the lowest, not already listed as strongest.
        var strongest = items.Select((entry, index) => (entry, index)).OrderByDescending(e => e.entry.Item.Score).ThenBy(e => e.index).Take(Listed).ToList();
        var weakest = items.Select((entry, index) => (entry, index)).Where(e => strongest.All(s => s.index != e.index))
            .OrderBy(e => e.entry.Item.Score).ThenBy(e => e.index).Take(Listed).ToList();
        var gaps = report.Gaps.Where(gap => gap.Gap is not null).OrderByDescending(gap => Math.Abs(gap.Gap!.Value)).Take(Listed).ToList();

        return new BriefModel
        {
            Report = report,
            Withheld = withheld,
            FocusAreas = report.FocusAreas,
            FocusAreasSuggested = plan.FocusAreasSuggested,
            FirstActions = [.. plan.FocusAreas.SelectMany(area => plan.FirstYear.Where(entry => entry.DomainId == area.DomainId).Take(ActionsPerArea)
                .Select(entry => new BriefAction(area.Title, entry.Action, entry.Owner, When(entry, createdAt))))],
            PlanSummary = PlanSummary(plan, result.ActionPlan.Count, result.FirstSteps.Count),
            Strongest = [.. strongest.Select(e => Practice(e.entry.Domain, e.entry.Item))],
            Weakest = [.. weakest.Select(e => Practice(e.entry.Domain, e.entry.Item))],
            Gaps = gaps,
            GapNote = gaps.Count > 0
                ? $"Leadership's score minus the front line's, largest first; differences of {ReportModelBuilder.Number(result.Options.GapThreshold)} points or more are flagged."
                : $"No leadership–frontline comparison can be shown: a pool had fewer than {result.Options.MinimumGroupSize.ToString(Us)} respondents, the instrument has no pools, or showing it would reveal a smaller group's answers.",
            Change = Change(result),
            Changes = result.Trend is { } trend
                ? [.. trend.Domains.Where(change => change.Delta is not null).OrderByDescending(change => Math.Abs(change.Delta!.Value)).Take(Listed)
                    .Select(change => new TrendRow(
                        areaTitles.GetValueOrDefault(change.Id, change.Id), ReportModelBuilder.Score(change.Then), ReportModelBuilder.Score(change.Now),
                        change.Delta!.Value.ToString("+0.0;-0.0;0.0", Us),
                        change.CiOverlap switch { true => "within the margin of error", false => "beyond the margin of error", null => "no interval to compare" }))]
                : [],
        };
    }

    /// <summary>"Within 90 days (by Feb 20, 2027)": the timeframe, and the due day counted from the brief's date when the instrument gives days.</summary>
    public static string When(ActionPlanEntry entry, DateTimeOffset from)
    {
        var heading = ReportModelBuilder.TimeframeHeading(entry.Timeframe);
        return entry.TimeframeDays is { } days ? $"{heading} (by {from.UtcDateTime.Date.AddDays(days).ToString("MMM d, yyyy", Us)})" : heading;
    }

    private static PracticeRow Practice(string domain, ItemResult item) => new(item.Text, domain, ReportModelBuilder.Score(item.Score));

    private static string PlanSummary(FirstYearPlan plan, int total, int firstSteps)
    {
        if (total == 0)
        {
            return "No action is called for by the method's thresholds.";
        }

        var text = $"The first-year plan has {plan.FirstYear.Count.ToString(Us)} of the plan's {total.ToString(Us)} actions (at most {plan.Limit.ToString(Us)} for {ReportModelBuilder.SizeBand(plan.Size)}), focus areas first; the other {plan.Later.Count.ToString(Us)} are listed for later in the action plan.";
        return firstSteps == 0 ? text : text + $" {(firstSteps == 1 ? "One first step comes" : $"{firstSteps.ToString(Us)} first steps come")} before them (see the action plan).";
    }

    private static string? Change(AssessmentResult result)
    {
        if (result.Trend is not { } trend)
        {
            return null;
        }

        var overall = trend.Overall;
        var respondents = trend.PreviousRespondents is { } n ? $"{n.ToString(Us)} respondents" : "fewer respondents than the minimum";
        return overall.Delta is { } delta
            ? $"Since the last cycle ({respondents}), the overall score moved from {ReportModelBuilder.Score(overall.Then)} to {ReportModelBuilder.Score(overall.Now)} ({delta.ToString("+0.0;-0.0;0.0", Us)} points)."
            : $"The last cycle ({respondents}) gives no overall score to compare with.";
    }
}
