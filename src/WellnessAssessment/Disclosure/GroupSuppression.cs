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
    public static SuppressionReason?[] Release(ReadOnlySpan<int> groupCounts, ReadOnlySpan<int> groupPools, bool hasBothPools, int minimumGroupSize, out bool poolsPublished)
    {
        var reasons = Apply(groupCounts, minimumGroupSize);
        poolsPublished = hasBothPools && ProtectPools(groupCounts, reasons, groupPools, minimumGroupSize);
        Unpin(groupCounts, reasons, minimumGroupSize);
        return reasons;
    }

    /// <summary>
    /// A withheld count must keep two values given the total and what the reasons say (below the minimum: 1…k−1). When
    /// every withheld group is below the minimum and holds exactly k−1 (the total pins each at k−1), the smallest
    /// published group is withheld too; when none is left, no withheld group is said to be below the minimum (all are
    /// <see cref="SuppressionReason.Complementary"/>: withheld to protect the others, size not stated).
    /// </summary>
    public static void Unpin(ReadOnlySpan<int> groupCounts, SuppressionReason?[] reasons, int minimumGroupSize)
    {
        while (Pinned(groupCounts, reasons, minimumGroupSize))
        {
            var smallest = -1;
            for (var g = 0; g < groupCounts.Length; g++)
            {
                if (reasons[g] is null && groupCounts[g] > 0 && (smallest < 0 || groupCounts[g] < groupCounts[smallest]))
                {
                    smallest = g;
                }
            }

            if (smallest >= 0)
            {
                reasons[smallest] = SuppressionReason.Complementary;
                continue;
            }

            for (var g = 0; g < reasons.Length; g++)
            {
                reasons[g] = reasons[g] is null ? null : SuppressionReason.Complementary;
            }
        }
    }

    private static bool Pinned(ReadOnlySpan<int> groupCounts, SuppressionReason?[] reasons, int minimumGroupSize)
    {
        var any = false;
        for (var g = 0; g < groupCounts.Length; g++)
        {
            if (reasons[g] is { } reason)
            {
                if (reason != SuppressionReason.BelowMinimumGroupSize || groupCounts[g] != minimumGroupSize - 1)
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

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
