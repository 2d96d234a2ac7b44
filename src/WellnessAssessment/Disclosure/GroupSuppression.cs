using WellnessAssessment.Scoring;

namespace WellnessAssessment.Disclosure;

/// <summary>
/// The anonymity rule: groups with 1 to k−1 respondents are suppressed; then, while the suppressed groups together hold
/// between 1 and k−1 respondents, the smallest remaining non-empty group is suppressed too (ties in instrument order),
/// so that no suppressed figure can be recovered by subtracting the published ones from the total.
/// </summary>
internal static class GroupSuppression
{
    /// <summary>
    /// The release pattern, the one every output of the release follows (results and participation alike): the count
    /// rule (<see cref="Apply"/>), then, when the instrument has both pools, the pool rule (<see cref="ProtectPools"/>),
    /// then <see cref="Unpin"/>. <paramref name="poolsPublished"/> says whether the pool figures may be shown.
    /// </summary>
    public static SuppressionReason?[] Release(ReadOnlySpan<int> groupCounts, ReadOnlySpan<int> groupPools, bool hasBothPools, int minimumGroupSize, out bool poolsPublished, bool anonymous = true)
    {
        var reasons = Apply(groupCounts, minimumGroupSize);
        poolsPublished = hasBothPools && ProtectPools(groupCounts, reasons, groupPools, minimumGroupSize);
        Unpin(groupCounts, reasons, groupPools, minimumGroupSize, anonymous, ref poolsPublished);
        return reasons;
    }

    /// <summary>
    /// Every withheld respondent count must keep two values given what the release says of it (docs/privacy.md, rule 2):
    /// the published total ties the withheld groups together (their counts add up to the total minus the shown ones),
    /// and so does each pool's published count when the pool figures are shown. What the reasons say: a withheld group
    /// is not empty (an empty group is shown as 0); "below the minimum" holds 1 … k−1; "complementary" beside a group
    /// stated below the minimum holds at least k (it was the smallest published-sized group); when no group is stated
    /// below the minimum, "complementary" says nothing of the size (1 or more; 0 or more when every group is withheld).
    /// While a withheld count is pinned to one value (for example five groups of 1 beside a shown 20 and a total of 25;
    /// or 1 below the minimum and 5 complementary with a total of 6), the smallest published non-empty group (of the
    /// pool, for a pool's block) is withheld too; when none is left, every withheld group is stated complementary
    /// (size not stated); when even that pins a count (every withheld group holds 1), every group is withheld. In a
    /// pool's block, a pinned count of a group below the minimum brings in the pool's next smallest group; when none is
    /// left, or when a complementary group's count is pinned, an anonymous survey (<paramref name="anonymous"/>)
    /// withholds the pool figures.
    /// </summary>
    public static void Unpin(ReadOnlySpan<int> groupCounts, SuppressionReason?[] reasons, ReadOnlySpan<int> groupPools, int minimumGroupSize, bool anonymous, ref bool poolsPublished)
    {
        var total = 0;
        foreach (var count in groupCounts)
        {
            total += count;
        }

        // A total of 1 … k−1 is withheld: nothing ties the withheld counts together.
        if (total < minimumGroupSize)
        {
            return;
        }

        // Every step withholds one more group, restates the reasons, or withholds the pool figures, so this ends.
        for (var step = 0; step < (2 * groupCounts.Length) + 8; step++)
        {
            if (Pinned(groupCounts, reasons, groupPools, minimumGroupSize, pool: null))
            {
                if (WithholdSmallest(groupCounts, reasons, groupPools, pool: null))
                {
                    continue;
                }

                if (reasons.Any(reason => reason == SuppressionReason.BelowMinimumGroupSize))
                {
                    for (var g = 0; g < reasons.Length; g++)
                    {
                        reasons[g] = reasons[g] is null ? null : SuppressionReason.Complementary;
                    }

                    continue;
                }

                if (reasons.Any(reason => reason is null))
                {
                    Array.Fill(reasons, SuppressionReason.Complementary);
                    continue;
                }

                return;
            }

            // A pool's block: a pinned count of a group stated below the minimum brings in the next group of the pool (the
            // same pattern for every purpose, so participation withholds what the results withhold); a pinned count of a
            // complementary group (k or more, alone or with others in its pool) takes the pool figures away in an
            // anonymous survey, and a named self-assessment keeps them (rule 8: no secondary suppression).
            var changed = false;
            for (var pool = 0; poolsPublished && pool < 3 && !changed; pool++)
            {
                if (Pinned(groupCounts, reasons, groupPools, minimumGroupSize, pool, belowOnly: true))
                {
                    poolsPublished = WithholdSmallest(groupCounts, reasons, groupPools, pool) || !anonymous;
                    changed = poolsPublished;
                }
                else if (anonymous && Pinned(groupCounts, reasons, groupPools, minimumGroupSize, pool, belowOnly: false))
                {
                    poolsPublished = false;
                }
            }

            if (!changed)
            {
                return;
            }
        }
    }

    /// <summary>Whether a withheld count of the block (every withheld group, or those of one pool) is pinned to one value.</summary>
    private static bool Pinned(ReadOnlySpan<int> groupCounts, SuppressionReason?[] reasons, ReadOnlySpan<int> groupPools, int k, int? pool, bool? belowOnly = null)
    {
        const long Unbounded = int.MaxValue;
        var anyBelow = false;
        var everyGroup = true;
        foreach (var reason in reasons)
        {
            anyBelow |= reason == SuppressionReason.BelowMinimumGroupSize;
            everyGroup &= reason is not null;
        }

        long sum = 0, lowSum = 0, highSum = 0;
        var members = 0;
        for (var g = 0; g < groupCounts.Length; g++)
        {
            if (reasons[g] is { } reason && (pool is null || groupPools[g] == pool))
            {
                sum += groupCounts[g];
                lowSum += Low(reason);
                highSum += High(reason);
                members++;
            }
        }

        if (members == 0)
        {
            return false;
        }

        for (var g = 0; g < groupCounts.Length; g++)
        {
            if (reasons[g] is { } reason && (pool is null || groupPools[g] == pool) && (belowOnly is null || (reason == SuppressionReason.BelowMinimumGroupSize) == belowOnly))
            {
                var low = Math.Max(Low(reason), sum - (highSum - High(reason)));
                var high = Math.Min(High(reason), sum - (lowSum - Low(reason)));
                if (high - low < 1)
                {
                    return true;
                }
            }
        }

        return false;

        long Low(SuppressionReason reason) => reason == SuppressionReason.BelowMinimumGroupSize ? 1 : anyBelow ? k : everyGroup ? 0 : 1;

        long High(SuppressionReason reason) => reason == SuppressionReason.BelowMinimumGroupSize ? k - 1 : Unbounded;
    }

    /// <summary>Withholds the published non-empty group (of the pool, when given) with the fewest respondents, ties in instrument order; false when none is left.</summary>
    private static bool WithholdSmallest(ReadOnlySpan<int> groupCounts, SuppressionReason?[] reasons, ReadOnlySpan<int> groupPools, int? pool)
    {
        var smallest = -1;
        for (var g = 0; g < groupCounts.Length; g++)
        {
            if (reasons[g] is null && groupCounts[g] > 0 && (pool is null || groupPools[g] == pool) && (smallest < 0 || groupCounts[g] < groupCounts[smallest]))
            {
                smallest = g;
            }
        }

        if (smallest < 0)
        {
            return false;
        }

        reasons[smallest] = SuppressionReason.Complementary;
        return true;
    }

    /// <summary>The count rule: groups of 1 … k−1 are withheld, then the smallest non-empty groups until the withheld ones hold 0 or at least k.</summary>
    public static SuppressionReason?[] Apply(ReadOnlySpan<int> groupCounts, int minimumGroupSize)
    {
        var reasons = new SuppressionReason?[groupCounts.Length];
        var suppressedTotal = 0;
        for (var g = 0; g < groupCounts.Length; g++)
        {
            if (groupCounts[g] > 0 && groupCounts[g] < minimumGroupSize)
            {
                reasons[g] = SuppressionReason.BelowMinimumGroupSize;
                suppressedTotal += groupCounts[g];
            }
        }

        while (suppressedTotal > 0 && suppressedTotal < minimumGroupSize)
        {
            var smallest = -1;
            for (var g = 0; g < groupCounts.Length; g++)
            {
                if (reasons[g] is null && groupCounts[g] > 0 && (smallest < 0 || groupCounts[g] < groupCounts[smallest]))
                {
                    smallest = g;
                }
            }

            if (smallest < 0)
            {
                break;
            }

            reasons[smallest] = SuppressionReason.Complementary;
            suppressedTotal += groupCounts[smallest];
        }

        return reasons;
    }

    /// <summary>
    /// Makes the leadership and frontline pool means safe to publish beside the per-group figures. The pool means, the
    /// domain mean and the visible group means together reveal the combined figures of the suppressed groups inside
    /// each pool and of those in neither pool; each combination must be empty or hold at least k respondents. Groups of
    /// a pool are suppressed further (smallest first) until that holds. Returns <see langword="false"/>, changing nothing,
    /// when the groups in neither pool cannot be protected this way: then the gap must be withheld.
    /// </summary>
    public static bool ProtectPools(ReadOnlySpan<int> groupCounts, SuppressionReason?[] reasons, ReadOnlySpan<int> groupPools, int minimumGroupSize)
    {
        // Groups in neither pool are only ever revealed together, as the domain total minus both pools.
        if (!CanProtect(groupCounts, reasons, groupPools, CompiledInstrument.NoPool, minimumGroupSize))
        {
            return false;
        }

        for (var pool = 0; pool < 3; pool++)
        {
            SuppressWithin(groupCounts, reasons, groupPools, pool, minimumGroupSize);
        }

        return true;
    }

    private static bool CanProtect(ReadOnlySpan<int> counts, SuppressionReason?[] reasons, ReadOnlySpan<int> pools, int pool, int k)
    {
        int hidden = 0, total = 0;
        for (var g = 0; g < counts.Length; g++)
        {
            if (pools[g] == pool)
            {
                total += counts[g];
                hidden += reasons[g] is null ? 0 : counts[g];
            }
        }

        return hidden == 0 || hidden >= k || total >= k;
    }

    private static void SuppressWithin(ReadOnlySpan<int> counts, SuppressionReason?[] reasons, ReadOnlySpan<int> pools, int pool, int k)
    {
        var hidden = 0;
        for (var g = 0; g < counts.Length; g++)
        {
            hidden += pools[g] == pool && reasons[g] is not null ? counts[g] : 0;
        }

        while (hidden > 0 && hidden < k)
        {
            var smallest = -1;
            for (var g = 0; g < counts.Length; g++)
            {
                if (pools[g] == pool && reasons[g] is null && counts[g] > 0 && (smallest < 0 || counts[g] < counts[smallest]))
                {
                    smallest = g;
                }
            }

            if (smallest < 0)
            {
                return;
            }

            reasons[smallest] = SuppressionReason.Complementary;
            hidden += counts[smallest];
        }
    }
}
