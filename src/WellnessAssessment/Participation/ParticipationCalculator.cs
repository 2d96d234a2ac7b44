using WellnessAssessment.Instruments;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Participation;

/// <summary>
/// Participation rates by group against the agency's headcounts, under the anonymity rule that protects counts
/// (<see cref="ParticipationCounts.Protect"/>): a withheld count has no rate either. Flags a group, or the total,
/// with more respondents than its headcount, and a group whose busiest ten minutes brought more than half its
/// headcount (<see cref="ParticipationRules.BurstShare"/>).
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
        var pools = groups.Select(g => g.Pool switch
        {
            GroupPools.Leadership => CompiledInstrument.LeadershipPool,
            GroupPools.Frontline => CompiledInstrument.FrontlinePool,
            _ => CompiledInstrument.NoPool,
        }).ToArray();
        var shown = Disclosure.DisclosureGate.ProtectCounts(raw, minimumGroupSize, pools);
        var rows = new List<GroupParticipation>(groups.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            var headcount = headcounts.Groups.TryGetValue(groups[g].Id, out var h) ? h : (int?)null;
            var count = shown.Groups[g].Count;
            ParticipationBurst? burst = null;
            if (headcount is { } expected && busiest?.GetValueOrDefault(groups[g].Id) is { } window
                && window.Respondents >= minimumGroupSize && window.Respondents > rules.BurstShare * expected)
            {
                burst = new ParticipationBurst(window.From, window.To, count is null ? null : window.Respondents);
            }

            rows.Add(new GroupParticipation(
                groups[g].Id,
                groups[g].Title,
                headcount,
                count,
                shown.Groups[g].Suppressed,
                Rate(count, headcount),
                headcount is { } limit && raw[g] > limit,
                burst));
        }

        var totalHeadcount = headcounts.Total
            ?? (groups.Count > 0 && groups.All(g => headcounts.Groups.ContainsKey(g.Id)) ? groups.Sum(g => headcounts.Groups[g.Id]) : null);
        var total = raw.Sum();
        return new ParticipationReport
        {
            Headcount = totalHeadcount,
            Respondents = shown.Total,
            Rate = Rate(shown.Total, totalHeadcount),
            OverHeadcount = totalHeadcount is { } all && total > all,
            MinimumGroupSize = minimumGroupSize,
            Groups = rows,
        };
    }

    private static double? Rate(int? count, int? headcount) =>
        count is { } n && headcount is { } h && h > 0 ? Math.Round((double)n / h, 4) : null;
}
