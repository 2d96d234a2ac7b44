using System.Globalization;
using System.Text;
using WellnessAssessment.Instruments;
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
        text.AppendLine(Culture, $"{result.Agency?.Name ?? "Agency"} — {instrument.Title} — {result.Instrument.Id} {result.Instrument.Version} — {result.Respondents} respondent{(result.Respondents == 1 ? string.Empty : "s")}");
        text.AppendLine(Culture, $"Overall: {Score(result.Overall.Score)} ({Band(result.Overall.Band)})");
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
            text.AppendLine(Culture, $"Perception gaps (leadership minus frontline, flagged at {N(o.GapThreshold)} points or more):");
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

        text.AppendLine();
        text.AppendLine(Culture, $"Top actions ({Math.Min(topActions, result.ActionPlan.Count)} of {result.ActionPlan.Count}):");
        var rank = 0;
        foreach (var action in result.ActionPlan.Take(topActions))
        {
            text.AppendLine(Culture, $"  {++rank}. {action.Action}");
            text.AppendLine(Culture, $"     Owner: {action.Owner} · {action.Timeframe} · Success: {action.Indicator}");
        }

        return text.ToString();
    }

    private static string N(double value) => value.ToString("0.##", Culture);

    private static string Score(double? score) => score is { } value ? value.ToString("F1", Culture) : "—";

    private static string Band(Band? band) => band?.ToString().ToLowerInvariant() ?? "no data";

    private static string Truncate(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
