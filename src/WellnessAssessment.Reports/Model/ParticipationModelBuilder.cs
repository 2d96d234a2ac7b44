using System.Globalization;
using WellnessAssessment.Participation;

namespace WellnessAssessment.Reports.Model;

/// <summary>Words and table rows for the core's <see cref="ParticipationReport"/>; nothing is computed here.</summary>
internal static class ParticipationModelBuilder
{
    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    /// <summary>"84 (70% of 120 staff)", or the bare count when no overall rate is known.</summary>
    public static string RespondentsFact(int? respondents, ParticipationReport? participation) =>
        respondents is { } count ? count.ToString(Us) + RateClause(participation) : "fewer than the minimum; withheld";

    /// <summary>" (70% of 120 staff)" to follow a respondent count in a sentence, or empty.</summary>
    public static string RateClause(ParticipationReport? participation) =>
        participation is { Rate: { } rate, Headcount: { } headcount } ? $" ({Percent(rate)} of {headcount.ToString(Us)} staff)" : string.Empty;

    public static ParticipationSection? Section(ParticipationReport? participation)
    {
        if (participation is null)
        {
            return null;
        }

        var intro = participation switch
        {
            { Rate: { } rate, Headcount: { } headcount, Respondents: { } respondents } =>
                $"{respondents.ToString(Us)} of {headcount.ToString(Us)} staff answered: a participation rate of {Percent(rate)}.",
            { Headcount: { } headcount } => $"The agency expects {headcount.ToString(Us)} staff to answer; the overall rate is withheld because fewer than {participation.MinimumGroupSize.ToString(Us)} answered.",
            _ => "Headcounts were given for some groups only, so no overall rate is given.",
        };
        if (participation.OverHeadcount)
        {
            intro += " More responses arrived than the agency has staff: check how the survey link was shared before presenting these results.";
        }
        else if (participation.WithheldOverHeadcount)
        {
            intro += " The withheld groups together have more responses than staff: check how the survey link was shared before presenting these results.";
        }
        else if (participation.NeedsReview)
        {
            intro += " Check the flagged groups below before presenting these results.";
        }

        if (participation.IdenticalSheets is { Flagged: true } identical)
        {
            intro += $" {identical.Statement}";
        }

        var rows = participation.Groups
            .Where(g => g.Headcount is not null || g.Respondents is not 0)
            .Select(g => (IReadOnlyList<string>)[
                g.Title,
                g.Headcount?.ToString(Us) ?? "—",
                g.Respondents?.ToString(Us) ?? "withheld",
                g.Rate is { } r ? Percent(r) : "—",
                Check(g)])
            .ToList();
        var note = $"Counts and rates follow the report's anonymity rule: a group with fewer than {participation.MinimumGroupSize.ToString(Us)} respondents is withheld, " +
            "and so is any group whose count could be worked out from the others. Flags use shown counts only: withheld groups are flagged only together, and bursts only for shown groups, to the hour. " +
            "A burst is more than half a group's headcount answering online within ten minutes; a whole shift answering at roll call is one, so a burst is something to check, not proof of misuse.";
        return new ParticipationSection(intro, rows, note);
    }

    private static string Check(GroupParticipation group)
    {
        var checks = new List<string>();
        if (group.OverHeadcount)
        {
            checks.Add("more responses than staff");
        }

        if (group.Burst is { } burst)
        {
            var hours = $"{burst.From.UtcDateTime.ToString("MMM d, HH:00", Us)}–{burst.To.UtcDateTime.ToString("HH:00", Us)} UTC";
            checks.Add(burst.Respondents is { } n ? $"burst: {n.ToString(Us)} answers within ten minutes, {hours}" : $"burst within ten minutes, {hours}");
        }

        return checks.Count == 0 ? string.Empty : string.Join("; ", checks);
    }

    private static string Percent(double rate) => (rate * 100).ToString("0", Us) + "%";
}
