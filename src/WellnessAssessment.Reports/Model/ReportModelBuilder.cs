using System.Globalization;
using WellnessAssessment.ActionPlan;
using WellnessAssessment.Instruments;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Reports.Model;

/// <summary>Builds the report model from a result and its instrument: formatting and plain-language text from the figures, nothing invented.</summary>
internal static class ReportModelBuilder
{
    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    /// <summary>The model of <paramref name="content"/>, whose result <paramref name="result"/> is (with its trend when an earlier result was given).</summary>
    public static ReportModel Build(AssessmentResult result, ReportContent content, ReportSections sections, DateTimeOffset createdAt)
    {
        var instrument = content.Instrument;
        // Without the participation section no participation figure is shown: not the table, nor the rate beside the count.
        var participation = sections.HasFlag(ReportSections.Participation) ? result.Participation : null;
        var presentation = new InstrumentPresentation(instrument);
        var domainTitles = instrument.Domains.ToDictionary(d => d.Id, d => d.Title, StringComparer.Ordinal);
        var plan = FirstYearPlanner.Plan(result, content.Plan);
        var itemTexts = instrument.Items.ToDictionary(i => i.Id, i => i.Text, StringComparer.Ordinal);
        ActionRow Row(ActionPlanEntry entry, int index) => new(
            index + 1, entry.Action, ServedItems(entry, itemTexts), entry.Owner, entry.Timeframe, entry.Indicator, presentation.Citation(entry.Source)) { ItemId = entry.ItemId };
        var firstYear = plan.FirstYear.Select(Row).ToList();
        var later = plan.Later.Select((entry, index) => Row(entry, firstYear.Count + index)).ToList();
        var o = result.Options;
        var k = o.MinimumGroupSize;

        return new ReportModel
        {
            AgencyName = content.AgencyDisplayName ?? result.Agency?.Name ?? "Your agency",
            ReportTitle = "Organizational Wellness Action Plan",
            InstrumentTitle = instrument.Title,
            InstrumentVersion = instrument.Version,
            Period = content.AssessmentPeriod,
            CreatedAt = createdAt,
            Respondents = result.Respondents,
            RespondentsFact = ParticipationModelBuilder.RespondentsFact(result.Respondents, participation),
            OriginFact = result.Origin.Statement(),
            Participation = ParticipationModelBuilder.Section(participation),
            OverallScore = Score(result.Overall.Score),
            OverallBand = Band(result.Overall.Band),
            OverallValue = result.Overall.Score,
            BandScale = BandScale(result.Options.BandEdges),
            OverallParagraph = OverallParagraph(result, participation, plan),
            AnonymityThreshold = k,
            Sections = [.. result.Sections.Select(section => new SectionSummary(section.Title, Score(section.Score), section.Score, Band(section.Band), SectionParagraph(section, o.GapThreshold)))],
            Charts = [.. result.Sections.Select((section, index) => new SectionChart(
                presentation.Heading(section.Id, section.Title),
                Radar: index == 0 && section.Domains.Count >= 3,
                [.. section.Domains.Select(d => new ChartPoint(d.Title, presentation.ShortTitle(d.Id, d.Title), d.Score, d.Ci95?.Low, d.Ci95?.High))]))],
            ChartTicks = [0, o.BandEdges.Emerging, o.BandEdges.Developing, o.BandEdges.Established, o.BandEdges.Leading, 100],
            StrengthsIntro = $"Practices scoring {Number(o.StrengthThreshold)} or more, highest first.",
            NoStrengths = $"No practice scored {Number(o.StrengthThreshold)} or more yet.",
            Strengths = [.. result.Strengths.Take(3).Select(s => $"{s.ItemText} ({Score(s.Score)})")],
            TopActions = [.. firstYear.Take(5)],
            Gaps = [.. result.Domains().Select(d => new GapRow(d.Title, presentation.ShortTitle(d.Id, d.Title), d.PerceptionGap.Leadership, d.PerceptionGap.Frontline, d.PerceptionGap.Gap, d.PerceptionGap.Flagged, GapWords.Note(d.PerceptionGap.Status)))],
            GapNote = GapExplanation(result, k),
            Domains = [.. result.Domains().Select(d => DomainPage(d, instrument, k))],
            ActionPlan = PlanGroups(plan, firstYear, presentation),
            PlanIntro = PlanIntro(plan, result.ActionPlan.Count),
            FocusAreas = [.. plan.FocusAreas.Select(area => new FocusAreaRow(
                area.DomainId, area.Title, Score(area.Score), area.Owner ?? "—", plan.FirstYear.Count(entry => entry.DomainId == area.DomainId)))],
            FocusAreasSuggested = plan.FocusAreasSuggested,
            Later = later,
            SingleView = result.SingleView?.Statement,
            Peers = PeerModelBuilder.Peers(result, presentation),
            HeatMap = PeerModelBuilder.HeatMap(result, instrument, presentation),
            FirstSteps = [.. result.FirstSteps.Select((step, index) => new ActionRow(
                index + 1, step.Action, step.Role is { } role ? $"Create or assign: {role}" : "Hear staff across ranks", step.Owner, step.Timeframe, step.Indicator, presentation.Citation(step.Source)))],
            KeepItGoingIntro = result.KeepItGoing.Count == 0
                ? $"No practice scored from {Number(o.ActionScoreThreshold)} to below {Number(o.StrengthThreshold)}."
                : $"Practices scoring from {Number(o.ActionScoreThreshold)} to below {Number(o.StrengthThreshold)}: in place, but not yet a strength. Each has its step to review, evaluate and improve, highest priority first.",
            KeepItGoing = [.. result.KeepItGoing.Select((entry, index) => new ActionRow(
                index + 1, entry.Action, $"{entry.ItemText} ({Score(entry.Score)})", entry.Owner, entry.Timeframe, entry.Indicator, presentation.Citation(entry.Source)))],
            Trend = result.Trend is { } trend
                ? [.. trend.Domains.Select(change => new TrendRow(
                    domainTitles.GetValueOrDefault(change.Id, change.Id), Score(change.Then), Score(change.Now),
                    change.Delta is { } delta ? delta.ToString("+0.0;-0.0;0.0", Us) : "—",
                    change.CiOverlap switch { true => "within the margin of error", false => "beyond the margin of error", null => "no interval to compare" }))]
                : null,
            TrendNote = result.Trend is { } t
                ? $"Compared with the earlier assessment ({Respondents(t.PreviousRespondents)}; {t.PreviousInstrument.Id} {t.PreviousInstrument.Version}). Where the two 95% confidence intervals overlap, the change may be chance."
                : null,
            Method = MethodParagraphs(result, instrument),
            Sources = presentation.Documents(instrument.Items.Select(i => i.Source).Concat(instrument.Domains.Select(d => d.Source)).OfType<string>()),
            Include = sections | ReportSections.Cover,
            Outcomes = OutcomeModelBuilder.Section(result, instrument, presentation),
        };
    }

    public static string Score(double? score) => score is { } value ? value.ToString("0.0", Us) : "—";

    /// <summary>"Within 90 days" for a label that starts with a number; any other label (such as "Next budget cycle") as it is, capitalised.</summary>
    public static string TimeframeHeading(string timeframe) =>
        timeframe.Length > 0 && char.IsAsciiDigit(timeframe[0]) ? $"Within {timeframe}"
        : timeframe.Length > 0 ? string.Concat(char.ToUpperInvariant(timeframe[0]).ToString(), timeframe.AsSpan(1)) : timeframe;

    /// <summary>A threshold as readers write it: 15, 12.5.</summary>
    public static string Number(double value) => value.ToString("0.##", Us);

    public static string Band(Band? band) => band is { } value ? value.ToString() : "Insufficient data";

    /// <summary>One group per focus area (its first-year actions, in priority order), then the other first-year actions by timeframe.</summary>
    private static List<ActionGroup> PlanGroups(FirstYearPlan plan, List<ActionRow> firstYear, InstrumentPresentation presentation)
    {
        var groups = new List<ActionGroup>();
        var focus = new HashSet<int>();
        for (var a = 0; a < plan.FocusAreas.Count; a++)
        {
            var area = plan.FocusAreas[a];
            var rows = firstYear.Where((_, index) => plan.FirstYear[index].DomainId == area.DomainId).ToList();
            focus.UnionWith(rows.Select(row => row.Rank));
            if (rows.Count > 0)
            {
                groups.Add(new ActionGroup(string.Empty, $"Focus area {(a + 1).ToString(Us)}: {area.Title}", rows));
            }
        }

        var others = firstYear.Where(row => !focus.Contains(row.Rank)).GroupBy(row => row.Timeframe, StringComparer.Ordinal);
        groups.AddRange(presentation.OrderByTimeframe(others, g => g.Key).Select(g => new ActionGroup(g.Key, TimeframeHeading(g.Key), [.. g])));
        return groups;
    }

    /// <summary>The size band as the plan names it: "an agency of up to 10 sworn staff".</summary>
    public static string SizeBand(AgencySize? size) => size switch
    {
        AgencySize.UpTo10 => "an agency of up to 10 sworn staff",
        AgencySize.From11To49 => "an agency of 11 to 49 sworn staff",
        AgencySize.From50To249 => "an agency of 50 to 249 sworn staff",
        AgencySize.From250 => "an agency of 250 sworn staff or more",
        _ => "an agency whose size is not given",
    };

    /// <summary>A list as written: "A", "A and B", "A, B and C".</summary>
    public static string Join(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => string.Empty,
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
    };

    private static string PlanIntro(FirstYearPlan plan, int total)
    {
        if (total == 0)
        {
            return "No action is called for by the method's thresholds.";
        }

        var text = $"The first-year plan has {Count(plan.FirstYear.Count, "action")} (at most {plan.Limit.ToString(Us)} for {SizeBand(plan.Size)})";
        text += plan.FocusAreas.Count == 0 ? "." : $", led by the focus {(plan.FocusAreas.Count == 1 ? "area" : "areas")} {Join([.. plan.FocusAreas.Select(a => a.Title)])}" +
            (plan.FocusAreasSuggested ? " (suggested from the plan's priorities; command staff may choose others)." : " (chosen by command staff).");
        text += " Within each part, highest priority first. Use the last columns to record who takes each action on and by when.";
        if (plan.Later.Count > 0)
        {
            text += $" The other {Count(plan.Later.Count, "action")} {(plan.Later.Count == 1 ? "is" : "are")} listed under \"Later\" at the end, for the years after.";
        }

        return text;
    }

    private static string Count(int count, string noun) => count == 1 ? $"one {noun}" : $"{count.ToString(Us)} {noun}s";

    private static string OverallParagraph(AssessmentResult result, WellnessAssessment.Participation.ParticipationReport? participation, FirstYearPlan firstYear)
    {
        var standing = result.Disclosure is { Status: WellnessAssessment.Disclosure.ReleaseStatus.FewerThanMinimum } withheld
            ? withheld.Statement
            : result.Overall.Score is null
            ? result.Respondents == 0
                ? "No responses were received, so no score can be given yet."
                : $"With {Respondents(result.Respondents)}{ParticipationModelBuilder.RateClause(participation)}, there were not enough answers to give an overall score."
            : $"From {Respondents(result.Respondents)}{ParticipationModelBuilder.RateClause(participation)}, the agency's overall score is {Score(result.Overall.Score)} of 100, in the {Band(result.Overall.Band).ToLowerInvariant()} band.";
        var plan = result.ActionPlan.Count switch
        {
            0 => " No action is called for by the method's thresholds.",
            1 => " The action plan lists one action.",
            var count when firstYear.Later.Count == 0 => $" The action plan lists {count.ToString(Us)} actions, highest priority first.",
            var count => $" The action plan lists {count.ToString(Us)} actions: {firstYear.FirstYear.Count.ToString(Us)} for the first year, the rest for later.",
        };
        return standing + plan;
    }

    private static string Respondents(int? count) => count switch
    {
        null => "fewer respondents than the minimum",
        1 => "one respondent",
        { } n => $"{n.ToString(Us)} respondents",
    };

    private static string SectionParagraph(SectionResult section, double gapThreshold)
    {
        var scored = section.Domains.Where(d => d.Score is not null).OrderByDescending(d => d.Score).ToList();
        if (scored.Count == 0)
        {
            return $"{section.Title}: there were not enough answers to score this section.";
        }

        var best = scored[0];
        var worst = scored[^1];
        var text = $"{section.Title} scored {Score(section.Score)} ({Band(section.Band).ToLowerInvariant()}). " +
            $"The strongest area is {best.Title.ToLowerInvariant()} ({Score(best.Score)})";
        text += scored.Count > 1 ? $"; the weakest is {worst.Title.ToLowerInvariant()} ({Score(worst.Score)})." : ".";
        var flagged = section.Domains.Where(d => d.PerceptionGap.Flagged).Select(d => d.Title.ToLowerInvariant()).ToList();
        if (flagged.Count > 0)
        {
            text += $" Leadership and the front line see {string.Join(" and ", flagged)} differently by {Number(gapThreshold)} points or more.";
        }

        var unscored = section.Domains.Count - scored.Count;
        if (unscored > 0)
        {
            text += $" {unscored} area{(unscored == 1 ? " has" : "s have")} too few answers to score.";
        }

        return text;
    }

    private static DomainPage DomainPage(DomainResult domain, Instrument instrument, int k)
    {
        var definition = instrument.Domains.First(d => d.Id == domain.Id);
        var suppressed = domain.Groups.Count(g => g.Suppressed);
        return new DomainPage(
            domain.Title,
            Score(domain.Score),
            Band(domain.Band),
            domain.N,
            domain.Ci95 is { } ci ? $"{ci.Low.ToString("0.0", Us)}–{ci.High.ToString("0.0", Us)}" : "—",
            domain.Alpha is { } alpha ? alpha.ToString("0.00", Us) : "—",
            definition.Summary,
            [.. domain.Items.Select(item => new ItemRow(item.Text, item.Score, item.DontKnowRate is { } rate ? rate.ToString("0%", Us) : "—", item.LowConsensus))],
            suppressed > 0 ? $"Figures for {suppressed} group{(suppressed == 1 ? " are" : "s are")} withheld: groups with fewer than {k} respondents are never shown, nor any group whose figures could be worked out from the others." : null);
    }

    private static string GapExplanation(AssessmentResult result, int k)
    {
        var withheld = result.Domains().Count(d => d.PerceptionGap.Status != PerceptionGapStatus.Computed);
        var text = $"The gap is the leadership pool's score minus the frontline pool's; differences of {Number(result.Options.GapThreshold)} points or more are flagged and raise the priority of that area's actions by half.";
        return withheld == 0
            ? text
            : text + $" For {withheld} area{(withheld == 1 ? string.Empty : "s")} no gap is shown: a pool had fewer than {k} respondents, or showing it would reveal a smaller group's answers.";
    }

    private static IReadOnlyList<string> MethodParagraphs(AssessmentResult result, Instrument instrument)
    {
        var o = result.Options;
        var scale = string.Join(", ", instrument.Scale.Levels.Select(l => $"{l.Value} {l.Label}"));
        return
        [
            $"Respondents rated each practice on the scale {scale}, or answered \"don't know\" or \"not applicable\". Answers are converted to 0–100.",
            $"A respondent's area score is the weighted mean of their answers, counted when they answered at least {o.MinimumCoverage.ToString("0%", Us)} of the area. Area scores are means over respondents, with a 95% confidence interval (Student t) and Cronbach's alpha when at least {o.MinimumAlphaRespondents.ToString(Us)} respondents answered every item. Section and overall scores are weighted means.",
            $"Bands: initial below {Number(o.BandEdges.Emerging)}, emerging below {Number(o.BandEdges.Developing)}, developing below {Number(o.BandEdges.Established)}, established below {Number(o.BandEdges.Leading)}, leading from {Number(o.BandEdges.Leading)}.",
            $"The action plan lists every practice scoring below {Number(o.ActionScoreThreshold)} or with at least {o.AwarenessGapThreshold.ToString("0%", Us)} \"don't know\" answers, with the instrument's next step for its current level; priority weighs the practice's share of the instrument by how far it falls short, and rises by half where leadership and the front line differ by {Number(o.GapThreshold)} points or more. Practices scoring {Number(o.StrengthThreshold)} or more are listed as strengths; a practice is marked for low consensus when its agreement index (rwg) is below {Number(o.LowConsensusThreshold)}.",
            $"Privacy: results for any group of fewer than {o.MinimumGroupSize} respondents are withheld, and more groups are withheld when needed so that no small group can be worked out from the others. No names, IP addresses or devices are recorded.",
        ];
    }

    private static IReadOnlyList<BandRange> BandScale(BandEdges edges) =>
    [
        new("Initial", 0, edges.Emerging),
        new("Emerging", edges.Emerging, edges.Developing),
        new("Developing", edges.Developing, edges.Established),
        new("Established", edges.Established, edges.Leading),
        new("Leading", edges.Leading, 100),
    ];

    /// <summary>The practice a step serves; a shared step offered once also names the other planned practices it serves.</summary>
    internal static string ServedItems(ActionPlanEntry entry, IReadOnlyDictionary<string, string> itemTexts) =>
        entry.AlsoServes is { Count: > 0 } others
            ? $"{entry.ItemText} Also serves: {string.Join(" ", others.Select(id => itemTexts.GetValueOrDefault(id, id)))}"
            : entry.ItemText;
}
