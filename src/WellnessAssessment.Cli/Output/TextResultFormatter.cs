using System.Globalization;
using System.Text;
using WellnessAssessment.Instruments;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Cli.Output;

/// <summary>
/// A readable summary of a result for a terminal: the options it was scored with, domains with scores and bands,
/// flagged gaps, top actions. Titles too long for a column use the instrument's short titles.
/// </summary>
internal static class TextResultFormatter
{
    private const int TitleWidth = 56;
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Format(AssessmentResult result, Instrument instrument, int topActions = 5)
    {
        var text = new StringBuilder();
        var o = result.Options;
        var shortTitles = instrument.Domains.ToDictionary(d => d.Id, d => d.ShortTitle, StringComparer.Ordinal);
        if (result.Respondents is null)
        {
            // A withheld release: only the fact, never a count or a score.
            text.AppendLine(Culture, $"{result.Agency?.Name ?? "Agency"} — {result.Instrument.Id} {result.Instrument.Version}");
            text.AppendLine(Culture, $"Instrument: {instrument.Title}");
            text.AppendLine(Culture, $"{result.Origin.Statement()}.");
            text.AppendLine(result.Disclosure?.Statement ?? "No results are shown.");
            return text.ToString();
        }

        text.AppendLine(Culture, $"{result.Agency?.Name ?? "Agency"} — {result.Instrument.Id} {result.Instrument.Version} — {result.Respondents} respondent{(result.Respondents == 1 ? string.Empty : "s")}");
        text.AppendLine(Culture, $"Instrument: {instrument.Title}");
        text.AppendLine(Culture, $"{result.Origin.Statement()}.");
        text.AppendLine(Culture, $"Overall: {Score(result.Overall.Score)} ({Band(result.Overall.Band)})");
        if (result.SingleView is { } single)
        {
            text.AppendLine(Culture, $"ONE VIEW: {single.Statement}");
        }

        text.AppendLine(Culture,
            $"Options: groups of at least {o.MinimumGroupSize} shown; coverage {N(o.MinimumCoverage)}; gaps flagged at {N(o.GapThreshold)} points; " +
            $"actions below {N(o.ActionScoreThreshold)} or {o.AwarenessGapThreshold.ToString("0%", Culture)} don't know; strengths from {N(o.StrengthThreshold)}; " +
            $"bands from {N(o.BandEdges.Emerging)}/{N(o.BandEdges.Developing)}/{N(o.BandEdges.Established)}/{N(o.BandEdges.Leading)}");
        text.AppendLine();
        text.AppendLine(Culture, $"{"DOMAIN",-58} {"SCORE",6} {"BAND",-12} {"N",5} {"95% CI",-11} {"GAP",7}");
        foreach (var section in result.Sections)
        {
            text.AppendLine(Culture, $"{Truncate(section.Title.ToUpperInvariant(), TitleWidth + 2),-58} {Score(section.Score),6} {Band(section.Band),-12}");
            foreach (var domain in section.Domains)
            {
                var ci = domain.Ci95 is { } interval ? $"{interval.Low:F0}–{interval.High:F0}" : "—";
                var gap = domain.PerceptionGap.Gap is { } g ? $"{g:+0.0;-0.0;0.0}{(domain.PerceptionGap.Flagged ? "!" : " ")}" : "—";
                var title = domain.Title.Length > TitleWidth && shortTitles.GetValueOrDefault(domain.Id) is { Length: > 0 } shortTitle ? shortTitle : domain.Title;
                text.AppendLine(Culture, $"  {Truncate(title, TitleWidth),-56} {Score(domain.Score),6} {Band(domain.Band),-12} {domain.N,5} {ci,-11} {gap,7}");
            }
        }

        var flagged = result.Domains().Where(d => d.PerceptionGap.Flagged).ToList();
        text.AppendLine();
        if (flagged.Count > 0)
        {
            text.AppendLine(Culture, $"Perception gaps (leadership minus frontline, flagged at ±{N(o.GapThreshold)}):");
            foreach (var domain in flagged)
            {
                var gap = domain.PerceptionGap;
                text.AppendLine(Culture, $"  {domain.Title}: leadership {Score(gap.Leadership)}, frontline {Score(gap.Frontline)}, gap {gap.Gap:+0.0;-0.0}");
            }
        }
        else
        {
            text.AppendLine(Culture, $"No flagged perception gaps ({N(o.GapThreshold)} points or more).");
        }

        if (result.FirstSteps.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("First steps (before the actions below):");
            var step = 0;
            foreach (var first in result.FirstSteps)
            {
                var role = first.Role is { } title ? $"[{title}, needed by {first.NeededBy.Count} step{(first.NeededBy.Count == 1 ? string.Empty : "s")}] " : string.Empty;
                text.AppendLine(Culture, $"  {++step}. {role}{first.Action}");
                text.AppendLine(Culture, $"     Owner: {first.Owner} · {first.Timeframe} · Success: {first.Indicator}");
            }
        }

        text.AppendLine();
        text.AppendLine(Culture, $"Top actions ({Math.Min(topActions, result.ActionPlan.Count)} of {result.ActionPlan.Count}):");
        var rank = 0;
        foreach (var action in result.ActionPlan.Take(topActions))
        {
            text.AppendLine(Culture, $"  {++rank}. {action.Action}");
            text.AppendLine(Culture, $"     Owner: {action.Owner} · {action.Timeframe} · Success: {action.Indicator}");
            if (action.Resource is { } resource)
            {
                text.AppendLine(Culture, $"     Resource: {resource}");
            }
        }

        text.AppendLine();
        text.AppendLine(Culture, $"Keep it going ({Math.Min(topActions, result.KeepItGoing.Count)} of {result.KeepItGoing.Count}; practices scoring {N(o.ActionScoreThreshold)} to below {N(o.StrengthThreshold)}):");
        rank = 0;
        foreach (var sustain in result.KeepItGoing.Take(topActions))
        {
            text.AppendLine(Culture, $"  {++rank}. {sustain.ItemText} ({Score(sustain.Score)})");
            text.AppendLine(Culture, $"     {sustain.Action}");
            text.AppendLine(Culture, $"     Owner: {sustain.Owner} · {sustain.Timeframe} · Success: {sustain.Indicator}");
        }

        if (result.Outcomes is { Count: > 0 } outcomes)
        {
            AppendOutcomes(text, outcomes, result.Associations, instrument.Domains.ToDictionary(d => d.Id, d => d.ShortTitle ?? d.Title, StringComparer.Ordinal));
        }

        if (result.Trend is { } trend)
        {
            AppendTrend(text, trend, result);
        }

        return text.ToString();
    }

    /// <summary>Outcome scores, then the published associations with their caution (the core decides what is published).</summary>
    private static void AppendOutcomes(StringBuilder text, IReadOnlyList<OutcomeResult> outcomes, AssociationView? view, Dictionary<string, string> areaTitles)
    {
        text.AppendLine();
        text.AppendLine("Outcomes (not counted in any practice score; 0 strongly disagree, 100 strongly agree):");
        text.AppendLine(Culture, $"  {"OUTCOME",-70} {"SCORE",6} {"N",5} {"DON'T KNOW",10}");
        foreach (var outcome in outcomes)
        {
            var dontKnow = outcome.DontKnowRate is { } rate ? rate.ToString("0%", Culture) : "—";
            text.AppendLine(Culture, $"  {Truncate(outcome.Text, 70),-70} {Score(outcome.Score),6} {(outcome.Score is null ? "—" : outcome.N.ToString(Culture)),5} {dontKnow,10}");
        }

        if (view is null)
        {
            return;
        }

        text.AppendLine();
        if (view.Status == AssociationViewStatus.NotAnAnonymousSurvey)
        {
            text.AppendLine("What moves with what: not computed for a leadership self-assessment.");
            return;
        }

        var published = view.Entries.Where(entry => entry.Status == AssociationStatus.Published).ToList();
        text.AppendLine(Culture, $"What moves with what ({published.Count} of {view.Entries.Count} pairs shown; at least {view.MinimumPairs} respondents answered both):");
        text.AppendLine(Culture, $"  {view.Caution}");
        if (published.Count > 0)
        {
            var outcomeTexts = outcomes.ToDictionary(o => o.Id, o => o.Text, StringComparer.Ordinal);
            text.AppendLine(Culture, $"  {"AREA",-32} {"MOVES WITH",-44} {"R",6} {"95% CI",-13} {"N",5}");
            foreach (var entry in published)
            {
                var area = areaTitles.GetValueOrDefault(entry.DomainId, entry.DomainId);
                var interval = $"{entry.Ci95!.Low:+0.00;-0.00}–{entry.Ci95.High:+0.00;-0.00}";
                text.AppendLine(Culture, $"  {Truncate(area, 32),-32} {Truncate(outcomeTexts.GetValueOrDefault(entry.OutcomeId, entry.OutcomeId), 44),-44} {entry.R!.Value,6:+0.00;-0.00} {interval,-13} {entry.N,5}");
            }
        }
    }

    private static void AppendTrend(StringBuilder text, TrendResult trend, AssessmentResult result)
    {
        text.AppendLine();
        var titles = result.Domains().ToDictionary(domain => domain.Id, domain => domain.Title, StringComparer.Ordinal);
        if (trend.Basis == TrendBasis.SameVersion)
        {
            text.AppendLine(Culture, $"Trend since {trend.PreviousInstrument.Id} {trend.PreviousInstrument.Version} ({trend.PreviousRespondents} respondents): overall {Delta(trend.Overall.Delta)}");
            foreach (var change in trend.Domains.Where(change => change.Delta is not null))
            {
                text.AppendLine(Culture, $"  {titles.GetValueOrDefault(change.Id, change.Id)}: {Score(change.Then)} → {Score(change.Now)} ({Delta(change.Delta)})");
            }

            return;
        }

        var comparableDomains = trend.Domains.Where(change => change.Then is not null).ToList();
        text.AppendLine(Culture, $"Trend: compared with {trend.PreviousInstrument.Id} {trend.PreviousInstrument.Version} through the crosswalk ({trend.PreviousRespondents} respondents then): {trend.Items.Count} comparable items, {comparableDomains.Count} comparable domains.");
        foreach (var change in comparableDomains)
        {
            text.AppendLine(Culture, $"  {titles.GetValueOrDefault(change.Id, change.Id)}: {Score(change.Then)} → {Score(change.Now)} ({Delta(change.Delta)})");
        }

        foreach (var change in trend.Items.Where(change => change.Delta is not null).OrderByDescending(change => Math.Abs(change.Delta!.Value)).Take(5))
        {
            text.AppendLine(Culture, $"  {change.ItemId}{(change.PreviousItemId == change.ItemId ? string.Empty : $" (was {change.PreviousItemId})")}: {Score(change.Then)} → {Score(change.Now)} ({Delta(change.Delta)})");
        }

        var domains = trend.NotComparable.Where(entry => entry.Scope == "domain").Select(entry => titles.GetValueOrDefault(entry.Id, entry.Id)).ToList();
        var items = trend.NotComparable.Where(entry => entry.Scope == "item").ToList();
        text.AppendLine("Not comparable: the overall and section scores (the versions ask about different practices).");
        if (domains.Count > 0)
        {
            text.AppendLine(Culture, $"  Domains whose practices changed: {string.Join("; ", domains)}.");
        }

        foreach (var group in items.GroupBy(entry => entry.Relation))
        {
            var relation = group.Key?.ToString().ToLowerInvariant() ?? "unmatched";
            text.AppendLine(Culture, $"  {relation} items ({group.Count()}): {string.Join(", ", group.Select(entry => entry.Id))}");
        }
    }

    private static string Delta(double? delta) => delta is { } value ? value.ToString("+0.0;-0.0;0.0", Culture) : "—";

    private static string N(double value) => value.ToString("0.##", Culture);

    private static string Score(double? score) => score is { } value ? value.ToString("F1", Culture) : "—";

    private static string Band(Band? band) => band?.ToString().ToLowerInvariant() ?? "no data";

    private static string Truncate(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
