using WellnessAssessment.Scoring;

namespace WellnessAssessment.Disclosure;

/// <summary>
/// The one component that decides which figures a release may publish (docs/privacy.md, "Disclosure rules").
/// <list type="number">
/// <item>An anonymous survey with fewer than k respondents publishes only that fact.</item>
/// <item>One pattern per release: groups below k by respondent count, then complements (smallest first) until the
/// withheld groups together hold 0 or at least k; pools likewise (each block of withheld groups inside a pool, and
/// those in neither pool, holds 0 or at least k); then no withheld respondent count pinned by the total (or a
/// pool's count) and the reasons (<see cref="GroupSuppression.Unpin"/>). Participation follows the same pattern (<see cref="ProtectCounts"/>).</item>
/// <item>One domain and all its items are decided together (a unit): a group withheld in any row of the unit is
/// withheld in every row of it, so that the exact relation between a group's domain score and its item scores
/// cannot recover a cell; a group × row cell with 1 to k−1 counted answers is withheld, and the rows' patterns are
/// completed the same way.</item>
/// <item>A row's margin (its overall figure) needs n ≥ k.</item>
/// <item>Secondary suppression: for every withheld cell of 1 to k−1 counted answers, the range the published figures
/// leave its mean (with its count taken as known) must be at least one maturity level wide (25 points; one scale
/// level for items), and the count of a group whose size is not published must keep two values, unless its block of
/// at least k is unanimous at 0 or 100. Otherwise the next smallest published group joins the block; when none is
/// left, the unit's margins (or its pool figures) are withheld.</item>
/// </list>
/// </summary>
internal sealed class DisclosureGate
{
    /// <summary>A withheld score must keep a feasible range at least this wide, in points on 0–100 (one maturity level).</summary>
    public const double ScoreLevelWidth = 25;

    private const double Tolerance = 1e-7;

    private readonly int[] _groupCounts;
    private readonly SuppressionReason?[] _reasons;
    private readonly int[] _groupPools;
    private readonly bool[] _releaseWithheld;
    private readonly bool _poolsPublished;

    private DisclosureGate(ReleaseDisclosure disclosure, int[] groupCounts, SuppressionReason?[] reasons, int[] groupPools, bool poolsPublished, bool secondary)
    {
        Disclosure = disclosure;
        _groupCounts = groupCounts;
        _reasons = reasons;
        var releaseWithheld = reasons.Select(reason => reason is not null).ToArray();
        _groupPools = groupPools;
        _releaseWithheld = releaseWithheld;
        _poolsPublished = poolsPublished;
        Secondary = secondary;
    }

    /// <summary>The release's status, purpose and threshold.</summary>
    public ReleaseDisclosure Disclosure { get; }

    /// <summary>Whether secondary suppression runs (always, except in the auditor's test that shows it is needed).</summary>
    public bool Secondary { get; }

    private int K => Disclosure.MinimumGroupSize;

    private bool Anonymous => Disclosure.Purpose == ReleasePurpose.AnonymousSurvey;

    /// <summary>Whether the release shows figures at all.</summary>
    public bool Published => Disclosure.Status == ReleaseStatus.Published;

    /// <summary>Per group (instrument order), whether the release withholds its respondent count and every figure of it.</summary>
    public IReadOnlyList<bool> ReleaseWithheld => _releaseWithheld;

    /// <summary>Decides the release-level pattern from the respondent count of each group.</summary>
    /// <param name="groupCounts">Respondents per group, in instrument order.</param>
    /// <param name="groupPools">Each group's pool (<see cref="CompiledInstrument.NoPool"/>, leadership or frontline).</param>
    /// <param name="hasBothPools">Whether the instrument has a leadership and a frontline pool.</param>
    /// <param name="options">The scoring options: purpose and k.</param>
    public static DisclosureGate Decide(int[] groupCounts, int[] groupPools, bool hasBothPools, ScoringOptions options)
    {
        var k = options.MinimumGroupSize;
        var total = groupCounts.Sum();
        var anonymous = options.Purpose == ReleasePurpose.AnonymousSurvey;
        var status = anonymous && total < k ? ReleaseStatus.FewerThanMinimum : ReleaseStatus.Published;
        var reasons = GroupSuppression.Release(groupCounts, groupPools, hasBothPools, k, out var poolsPublished, anonymous);
        return new DisclosureGate(new ReleaseDisclosure(options.Purpose, status, k), groupCounts, reasons, groupPools, poolsPublished, options.SecondarySuppression);
    }

    /// <summary>
    /// Protects counts published beside their total (participation): the release pattern (<see cref="GroupSuppression.Release"/>),
    /// so that participation withholds exactly the groups the results withhold. Without <paramref name="groupPools"/>, the
    /// count rule alone.
    /// </summary>
    public static ProtectedCounts ProtectCounts(IReadOnlyList<int> groupCounts, int minimumGroupSize, int[]? groupPools = null)
    {
        var counts = groupCounts.ToArray();
        var pools = groupPools ?? new int[counts.Length];
        var hasBothPools = pools.Contains(CompiledInstrument.LeadershipPool) && pools.Contains(CompiledInstrument.FrontlinePool);
        var reasons = GroupSuppression.Release(counts, pools, hasBothPools, minimumGroupSize, out _);
        var total = counts.Sum();
        var groups = counts.Select((count, g) => new ProtectedCount(reasons[g] is null ? count : null, reasons[g])).ToList();
        return new ProtectedCounts(groups, total > 0 && total < minimumGroupSize ? null : total);
    }

    /// <summary>
    /// Why group <paramref name="group"/>'s withheld cells are withheld: below the minimum when the group has fewer than
    /// k respondents (so every cell of it holds fewer than k); complementary otherwise, whatever the row — a reason
    /// that says nothing more about a cell's count.
    /// </summary>
    public SuppressionReason ReasonFor(int group) => _reasons[group] ?? SuppressionReason.Complementary;

    /// <summary>
    /// Decides one unit: a domain (row 0) and its items (rows 1…). <paramref name="counts"/>[row][group] and
    /// <paramref name="sums"/>[row][group] are the counted answers and the sum of their scores (0–100 points);
    /// <paramref name="thresholds"/>[row] is the narrowest range a withheld mean of that row may keep.
    /// </summary>
    /// <param name="counts">Counted answers per row and group.</param>
    /// <param name="sums">The sum of those answers' scores per row and group.</param>
    /// <param name="thresholds">Per row, the narrowest range a withheld mean may keep.</param>
    /// <param name="complete">
    /// Per group, whether every member answered every item of the domain numerically. When the items weigh alike, such
    /// a group's domain sum is the mean of its item sums: the gate checks what that relation reveals.
    /// </param>
    /// <param name="equalWeights">Whether the domain's items weigh alike.</param>
    public UnitDecision DecideUnit(int[][] counts, double[][] sums, double[] thresholds, bool[] complete, bool equalWeights)
    {
        // Everyone answered everything: the domain's margin is the mean of its items' margins, so a margin withheld in
        // one row is withheld in all.
        var linked = equalWeights && complete.All(c => c);

        // The attacker can know that a group answered everything only when the release publishes its respondent count
        // (and then every item's count of it is pinned at that count); a withheld group's completeness stays unknown.
        var knownComplete = complete.Select((c, g) => c && _reasons[g] is null).ToArray();
        var rows = counts.Length;
        var groups = _groupCounts.Length;
        var withheld = (bool[])_releaseWithheld.Clone();
        var margins = new bool[rows];
        var gapWithheld = !_poolsPublished;
        for (var r = 0; r < rows; r++)
        {
            for (var g = 0; g < groups; g++)
            {
                if (counts[r][g] > 0 && counts[r][g] < K)
                {
                    withheld[g] = true;
                }
            }

            margins[r] = Anonymous && counts[r].Sum() < K;
        }

        // Every step withholds one more group, the gap or the margins, so this ends.
        for (var step = 0; step < 2 * groups + 4; step++)
        {
            if (Complete(counts, withheld) || (!gapWithheld && ProtectPoolBlocks(counts[0], withheld, ref gapWithheld)))
            {
                continue;
            }

            if (!Anonymous || !Secondary
                || !(SuppressFurther(counts, sums, thresholds, withheld, margins, linked, ref gapWithheld)
                    || (equalWeights && BreakLink(counts, sums, thresholds, withheld, knownComplete, margins))))
            {
                break;
            }
        }

        return new UnitDecision(withheld, margins, gapWithheld);
    }

    /// <summary>
    /// Completes each row's pattern: withheld cells together hold at least k counted answers. In an anonymous release
    /// (with secondary suppression) that holds also when they hold none: the row's n is published, so a remainder of 0
    /// would pin every withheld cell at 0 (its members all answered "don't know" or skipped). Elsewhere 0 is accepted.
    /// </summary>
    private bool Complete(int[][] counts, bool[] withheld)
    {
        var protectEmpty = Anonymous && Secondary && withheld.Any(w => w);
        foreach (var row in counts)
        {
            var hidden = 0;
            for (var g = 0; g < row.Length; g++)
            {
                hidden += withheld[g] ? row[g] : 0;
            }

            if ((hidden > 0 || protectEmpty) && hidden < K && Smallest(row, withheld, pool: null) is { } next)
            {
                withheld[next] = true;
                return true;
            }
        }

        return false;
    }

    /// <summary>Each block of withheld groups in a pool, and in neither pool, holds 0 or at least k; else one more is withheld, or the gap.</summary>
    private bool ProtectPoolBlocks(int[] row, bool[] withheld, ref bool gapWithheld)
    {
        for (var pool = 0; pool < 3; pool++)
        {
            var hidden = 0;
            for (var g = 0; g < row.Length; g++)
            {
                hidden += withheld[g] && _groupPools[g] == pool ? row[g] : 0;
            }

            if (hidden > 0 && hidden < K)
            {
                if (Smallest(row, withheld, pool) is { } next)
                {
                    withheld[next] = true;
                }
                else
                {
                    gapWithheld = true;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the first block that narrows a withheld cell too far and widens it; false when every block passes.</summary>
    private bool SuppressFurther(int[][] counts, double[][] sums, double[] thresholds, bool[] withheld, bool[] margins, bool linked, ref bool gapWithheld)
    {
        for (var r = 0; r < counts.Length; r++)
        {
            if (!margins[r] && Fails(counts[r], sums[r], thresholds[r], withheld, pool: null, checkCounts: true))
            {
                if (Smallest(counts[r], withheld, pool: null) is { } next)
                {
                    withheld[next] = true;
                }
                else if (linked)
                {
                    Array.Fill(margins, true);
                }
                else
                {
                    margins[r] = true;
                }

                return true;
            }
        }

        if (gapWithheld || !PoolsShown(counts[0]))
        {
            return false;
        }

        for (var pool = 0; pool < 3; pool++)
        {
            // Those in neither pool are known together only as the margin minus both pools.
            if (pool == CompiledInstrument.NoPool && margins[0])
            {
                continue;
            }

            if (Fails(counts[0], sums[0], thresholds[0], withheld, pool, checkCounts: true))
            {
                if (Smallest(counts[0], withheld, pool) is { } next)
                {
                    withheld[next] = true;
                }
                else
                {
                    gapWithheld = true;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The domain's withheld block holds complete groups (domain sum = mean of item sums) and incomplete ones. The
    /// domain margin then bounds the incomplete groups' item sums taken together (by the item blocks minus m times the
    /// domain block, up to what the incomplete groups' domain scores may add); when that pins one of their cells, the
    /// domain's margin is withheld, which unties the rows.
    /// </summary>
    private static bool BreakLink(int[][] counts, double[][] sums, double[] thresholds, bool[] withheld, bool[] complete, bool[] margins)
    {
        if (margins[0])
        {
            return false;
        }

        var items = counts.Length - 1;
        bool anyComplete = false, anyIncomplete = false;
        double domainSum = 0, itemSums = 0;
        int incompleteDomainCount = 0, incompleteItemCount = 0;
        for (var g = 0; g < counts[0].Length; g++)
        {
            if (!withheld[g])
            {
                continue;
            }

            anyComplete |= complete[g] && counts[0][g] > 0;
            anyIncomplete |= !complete[g];
            domainSum += sums[0][g];
            incompleteDomainCount += complete[g] ? 0 : counts[0][g];
            for (var r = 1; r < counts.Length; r++)
            {
                itemSums += sums[r][g];
                incompleteItemCount += complete[g] ? 0 : counts[r][g];
            }
        }

        if (!anyComplete || !anyIncomplete)
        {
            return false;
        }

        var low = Math.Max(0, itemSums - (items * domainSum));
        var high = Math.Min(100.0 * incompleteItemCount, itemSums - (items * domainSum) + (100.0 * items * incompleteDomainCount));
        for (var g = 0; g < counts[0].Length; g++)
        {
            if (!withheld[g] || complete[g])
            {
                continue;
            }

            for (var r = 1; r < counts.Length; r++)
            {
                var n = counts[r][g];
                if (n == 0)
                {
                    continue;
                }

                var upper = Math.Min(100, high / n);
                var lower = Math.Max(0, (low - (100.0 * (incompleteItemCount - n))) / n);
                if (upper - lower < thresholds[r] - Tolerance)
                {
                    margins[0] = true;
                    return true;
                }
            }
        }

        return false;
    }

    private bool PoolsShown(int[] row)
    {
        int leadership = 0, frontline = 0;
        for (var g = 0; g < row.Length; g++)
        {
            leadership += _groupPools[g] == CompiledInstrument.LeadershipPool ? row[g] : 0;
            frontline += _groupPools[g] == CompiledInstrument.FrontlinePool ? row[g] : 0;
        }

        return leadership >= K && frontline >= K;
    }

    /// <summary>Whether a withheld cell of the block (the row's withheld cells, or those of one pool) is narrowed below the threshold.</summary>
    private bool Fails(int[] counts, double[] sums, double threshold, bool[] withheld, int? pool, bool checkCounts)
    {
        var blockCount = 0;
        double blockSum = 0;
        for (var g = 0; g < counts.Length; g++)
        {
            if (withheld[g] && (pool is null || _groupPools[g] == pool))
            {
                blockCount += counts[g];
                blockSum += sums[g];
            }
        }

        if (blockCount == 0)
        {
            return false;
        }

        var unanimous = blockCount >= K && (blockSum <= Tolerance * blockCount || blockSum >= (100 - Tolerance) * blockCount);
        for (var g = 0; g < counts.Length; g++)
        {
            if (!withheld[g] || (pool is not null && _groupPools[g] != pool) || counts[g] == 0)
            {
                continue;
            }

            var n = counts[g];
            var upper = Math.Min(100, blockSum / n);
            var lower = Math.Max(0, (blockSum - (100.0 * (blockCount - n))) / n);
            // A cell of at least k counted answers could be published on its own: it is withheld only to protect the
            // smaller cells of its block, whose own ranges are checked. Only cells of 1…k−1 must keep a level.
            if (n < K && !unanimous && upper - lower < threshold - Tolerance)
            {
                return true;
            }

            // A pinned count: another group can join the block, or (pools) the pool figures go; a row's n always stays.
            if (checkCounts && _reasons[g] is not null && CountRangeWidth(counts, withheld, pool, blockCount, g) < 1
                && (pool is not null || Smallest(counts, withheld, pool: null) is not null))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The width of the range a withheld cell's count keeps, given the block's count and what the attacker knows of
    /// each cell: below the minimum, 0…k−1; a group whose respondent count the release publishes, 0…that count;
    /// otherwise 0 or more.
    /// </summary>
    private int CountRangeWidth(int[] counts, bool[] withheld, int? pool, int blockCount, int cell)
    {
        var othersHigh = 0;
        for (var g = 0; g < counts.Length; g++)
        {
            if (withheld[g] && g != cell && (pool is null || _groupPools[g] == pool))
            {
                othersHigh += CountHigh(g, blockCount);
            }
        }

        return Math.Min(CountHigh(cell, blockCount), blockCount) - Math.Max(0, blockCount - othersHigh);
    }

    private int CountHigh(int group, int blockCount) => _reasons[group] switch
    {
        SuppressionReason.BelowMinimumGroupSize => Math.Min(K - 1, blockCount),
        null => Math.Min(_groupCounts[group], blockCount),
        _ => blockCount,
    };

    /// <summary>The published group (of the pool, when given) with the fewest respondents in the row, ties in instrument order.</summary>
    private int? Smallest(int[] row, bool[] withheld, int? pool)
    {
        int? smallest = null;
        for (var g = 0; g < row.Length; g++)
        {
            if (!withheld[g] && row[g] > 0 && (pool is null || _groupPools[g] == pool) && (smallest is not { } s || row[g] < row[s]))
            {
                smallest = g;
            }
        }

        return smallest;
    }
}

/// <summary>The gate's decision for one domain and its items.</summary>
/// <param name="Withheld">Per group: withheld in the domain and every item of it.</param>
/// <param name="MarginWithheld">Per row (0 = the domain, then its items): the overall figure is withheld.</param>
/// <param name="GapWithheld">The pool figures (perception gap) are withheld.</param>
internal sealed record UnitDecision(bool[] Withheld, bool[] MarginWithheld, bool GapWithheld);
