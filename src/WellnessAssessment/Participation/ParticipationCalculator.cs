using WellnessAssessment.Instruments;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Participation;

/// <summary>
/// Participation rates by group against the agency's headcounts, under the release pattern of the disclosure gate
/// (the groups the results withhold are withheld here too): a withheld count has no rate either. Flags use published
/// counts only: a published group, or the published total, with more respondents than its headcount; the withheld
/// groups only jointly (<see cref="ParticipationReport.WithheldOverHeadcount"/>), and only when their joint count is
/// publishable (at least k); a burst (busiest ten minutes bringing more than half the headcount,
/// <see cref="ParticipationRules.BurstShare"/>) only for a published group, its times given to the hour.
/// </summary>
public static class ParticipationCalculator
{
    /// <summary>Computes the participation report of one cycle.</summary>
    /// <param name="groups">The instrument's respondent groups, in order.</param>
    /// <param name="counts">Respondents per group id; groups left out have none. Ids that are not in <paramref name="groups"/> are ignored.</param>
    /// <param name="headcounts">The agency's headcounts; validate them first with <see cref="HeadcountsValidation.Validate"/>.</param>
    /// <param name="minimumGroupSize">The anonymity threshold k (at least 1), as in <see cref="ScoringOptions.MinimumGroupSize"/>.</param>
    /// <param name="busiest">Per group, its busiest window of online answers (<see cref="SubmissionWindows.Busiest"/>), or null when unknown.</param>
    /// <param name="rules">When a window counts as a burst; default <see cref="ParticipationRules.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="minimumGroupSize"/> is below 1.</exception>
    public static ParticipationReport Compute(
        IReadOnlyList<RespondentGroup> groups,
        IReadOnlyDictionary<string, int> counts,
        Headcounts headcounts,
        int minimumGroupSize,
        IReadOnlyDictionary<string, SubmissionWindow>? busiest = null,
        ParticipationRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(headcounts);
        rules ??= ParticipationRules.Default;
        var raw = groups.Select(g => counts.GetValueOrDefault(g.Id)).ToArray();
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumGroupSize, 1);
        foreach (var count in raw)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(counts));
        }

        // The release pattern: the same groups the results withhold (count rule, then pools).
        var shown = Disclosure.DisclosureGate.ProtectCounts(raw, minimumGroupSize, ParticipationCounts.PoolsOf(groups));
        var rows = new List<GroupParticipation>(groups.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            var headcount = headcounts.Groups.TryGetValue(groups[g].Id, out var h) ? h : (int?)null;
            var count = shown.Groups[g].Count;
            ParticipationBurst? burst = null;
            if (count is not null && headcount is { } expected && busiest?.GetValueOrDefault(groups[g].Id) is { } window
                && window.Respondents >= minimumGroupSize && window.Respondents > rules.BurstShare * expected)
            {
                burst = new ParticipationBurst(FloorToHour(window.From), CeilingToHour(window.To), window.Respondents);
            }

            rows.Add(new GroupParticipation(
                groups[g].Id,
                groups[g].Title,
                headcount,
                count,
                shown.Groups[g].Suppressed,
                Rate(count, headcount),
                count is { } shownCount && headcount is { } limit && shownCount > limit,
                burst));
        }

        var totalHeadcount = headcounts.Total
            ?? (groups.Count > 0 && groups.All(g => headcounts.Groups.ContainsKey(g.Id)) ? groups.Sum(g => headcounts.Groups[g.Id]) : null);
        // The withheld groups together: their joint count (total minus the shown counts) is publishable when it holds
        // at least k, and compared with their joint headcount only when every one of them has a headcount.
        var withheld = Enumerable.Range(0, groups.Count).Where(g => shown.Groups[g].Count is null && raw[g] > 0).ToArray();
        var withheldCount = withheld.Sum(g => raw[g]);
        var withheldOver = shown.Total is not null && withheld.Length > 0 && withheldCount >= minimumGroupSize
            && withheld.All(g => headcounts.Groups.ContainsKey(groups[g].Id))
            && withheldCount > withheld.Sum(g => headcounts.Groups[groups[g].Id]);
        return new ParticipationReport
        {
            Headcount = totalHeadcount,
            Respondents = shown.Total,
            Rate = Rate(shown.Total, totalHeadcount),
            OverHeadcount = shown.Total is { } total && totalHeadcount is { } all && total > all,
            WithheldOverHeadcount = withheldOver,
            MinimumGroupSize = minimumGroupSize,
            Groups = rows,
        };
    }

    private static DateTimeOffset FloorToHour(DateTimeOffset time) =>
        new(time.Year, time.Month, time.Day, time.Hour, 0, 0, time.Offset);

    private static DateTimeOffset CeilingToHour(DateTimeOffset time)
    {
        var floor = FloorToHour(time);
        return floor == time ? time : floor.AddHours(1);
    }

    private static double? Rate(int? count, int? headcount) =>
        count is { } n && headcount is { } h && h > 0 ? Math.Round((double)n / h, 4) : null;
}
