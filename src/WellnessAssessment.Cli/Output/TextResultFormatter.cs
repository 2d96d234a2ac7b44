using System.Globalization;
using System.Text;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Cli.Output;

/// <summary>A readable summary of a result for a terminal: domains with scores and bands, flagged gaps, top actions.</summary>
internal static class TextResultFormatter
{
    public static string Format(AssessmentResult result, int topActions = 5)
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"{result.Agency?.Name ?? "Agency"} — {result.Instrument.Id} {result.Instrument.Version} — {result.Respondents} respondent{(result.Respondents == 1 ? string.Empty : "s")}");
        text.AppendLine(culture, $"Overall: {Score(result.Overall.Score)} ({Band(result.Overall.Band)})");
        text.AppendLine();
        text.AppendLine(culture, $"{"DOMAIN",-58} {"SCORE",6} {"BAND",-12} {"N",5} {"95% CI",-11} {"GAP",7}");
        foreach (var section in result.Sections)
        {
            text.AppendLine(culture, $"{Truncate(section.Title.ToUpperInvariant(), 58),-58} {Score(section.Score),6} {Band(section.Band),-12}");
            foreach (var domain in section.Domains)
            {
                var ci = domain.Ci95 is { } interval ? $"{interval.Low:F0}–{interval.High:F0}" : "—";
                var gap = domain.PerceptionGap.Gap is { } g ? $"{g:+0.0;-0.0;0.0}{(domain.PerceptionGap.Flagged ? "!" : " ")}" : "—";
                text.AppendLine(culture, $"  {Truncate(domain.Title, 56),-56} {Score(domain.Score),6} {Band(domain.Band),-12} {domain.N,5} {ci,-11} {gap,7}");
            }
        }

        var flagged = result.Domains().Where(d => d.PerceptionGap.Flagged).ToList();
        text.AppendLine();
        if (flagged.Count > 0)
        {
            text.AppendLine("Perception gaps (leadership minus frontline, flagged at ±" + result.Options.GapThreshold.ToString(culture) + "):");
            foreach (var domain in flagged)
            {
                var gap = domain.PerceptionGap;
                text.AppendLine(culture, $"  {domain.Title}: leadership {Score(gap.Leadership)}, frontline {Score(gap.Frontline)}, gap {gap.Gap:+0.0;-0.0}");
            }
        }
        else
        {
            text.AppendLine("No flagged perception gaps.");
        }

        text.AppendLine();
        text.AppendLine(culture, $"Top actions ({Math.Min(topActions, result.ActionPlan.Count)} of {result.ActionPlan.Count}):");
        var rank = 0;
        foreach (var action in result.ActionPlan.Take(topActions))
        {
            text.AppendLine(culture, $"  {++rank}. {action.Action}");
            text.AppendLine(culture, $"     Owner: {action.Owner} · {action.Timeframe} · Success: {action.Indicator}");
        }

        return text.ToString();
    }

    private static string Score(double? score) => score is { } value ? value.ToString("F1", CultureInfo.InvariantCulture) : "—";

    private static string Band(Band? band) => band?.ToString().ToLowerInvariant() ?? "no data";

    private static string Truncate(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
