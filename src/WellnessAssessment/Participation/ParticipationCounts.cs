using WellnessAssessment.Disclosure;
using WellnessAssessment.Instruments;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Participation;

/// <summary>
/// Participation counts by group, protected by the same rule as the groups' scores: a group with 1 to k−1 respondents
/// is withheld, and further groups (smallest first, ties in the given order) are withheld until the withheld groups
/// together hold at least k respondents, so no withheld count can be recovered by subtracting the shown counts from
/// the total. When every respondent is in a withheld group (the total itself is 1 to k−1), the total is withheld too.
/// </summary>
public static class ParticipationCounts
{
    /// <summary>Protects <paramref name="groupCounts"/> (in instrument order) for publication beside their total.</summary>
    /// <param name="groupCounts">Respondents per group; none negative.</param>
    /// <param name="minimumGroupSize">The anonymity threshold k (at least 1), as in <see cref="ScoringOptions.MinimumGroupSize"/>.</param>
    /// <returns>What may be shown: each group's count or why it is withheld, and the total or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="minimumGroupSize"/> is below 1.</exception>
    public static ProtectedCounts Protect(IReadOnlyList<int> groupCounts, int minimumGroupSize)
    {
        ArgumentNullException.ThrowIfNull(groupCounts);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumGroupSize, 1);
        var counts = groupCounts.ToArray();
        foreach (var count in counts)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(groupCounts));
        }

        return Disclosure.DisclosureGate.ProtectCounts(counts, minimumGroupSize);
    }

    /// <summary>
    /// Protects the respondent counts of an instrument's <paramref name="groups"/> with the release pattern the results use:
    /// the count rule, then the leadership and frontline pools, so that a count view never shows a group the results withhold.
    /// </summary>
    /// <param name="groups">The instrument's respondent groups, in instrument order.</param>
    /// <param name="counts">Respondents per group id; a missing group counts 0; none negative.</param>
    /// <param name="minimumGroupSize">The anonymity threshold k (at least 1), as in <see cref="ScoringOptions.MinimumGroupSize"/>.</param>
    /// <returns>What may be shown, in the order of <paramref name="groups"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="minimumGroupSize"/> is below 1.</exception>
    public static ProtectedCounts Protect(IReadOnlyList<RespondentGroup> groups, IReadOnlyDictionary<string, int> counts, int minimumGroupSize)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumGroupSize, 1);
        var raw = groups.Select(g => counts.GetValueOrDefault(g.Id)).ToArray();
        foreach (var count in raw)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(counts));
        }

        return Disclosure.DisclosureGate.ProtectCounts(raw, minimumGroupSize, PoolsOf(groups));
    }

    /// <summary>Each group's pool index as the compiled instrument numbers them.</summary>
    internal static int[] PoolsOf(IReadOnlyList<RespondentGroup> groups) => [.. groups.Select(g => g.Pool switch
    {
        GroupPools.Leadership => CompiledInstrument.LeadershipPool,
        GroupPools.Frontline => CompiledInstrument.FrontlinePool,
        _ => CompiledInstrument.NoPool,
    })];
}
