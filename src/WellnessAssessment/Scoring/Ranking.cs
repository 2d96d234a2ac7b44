namespace WellnessAssessment.Scoring;

/// <summary>
/// Orders values highest first where values within <see cref="RelativeTolerance"/> of each other are ties, kept in
/// their original (instrument) order, so that floating-point rounding never reorders items the formula ranks equal.
/// </summary>
internal static class Ranking
{
    /// <summary>Two values are tied when they differ by at most this fraction of the larger magnitude.</summary>
    public const double RelativeTolerance = 1e-9;

    /// <summary>
    /// Sorts highest first. After an exact sort, each run of values within the tolerance of the run's first (highest)
    /// value is a tie group and is put back in original order. Anchoring each group at its highest value keeps the
    /// rule well defined even for a chain of values each close to the next.
    /// </summary>
    /// <param name="entries">Entries in original order.</param>
    /// <param name="key">The value to rank by.</param>
    public static T[] HighestFirst<T>(IReadOnlyList<T> entries, Func<T, double> key)
    {
        var order = new int[entries.Count];
        var keys = new double[entries.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            keys[i] = key(entries[i]);
        }

        Array.Sort(order, (a, b) =>
        {
            var byValue = keys[b].CompareTo(keys[a]);
            return byValue != 0 ? byValue : a.CompareTo(b);
        });
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            while (end < order.Length && AreTied(keys[order[start]], keys[order[end]]))
            {
                end++;
            }

            Array.Sort(order, start, end - start);
            start = end;
        }

        var sorted = new T[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sorted[i] = entries[order[i]];
        }

        return sorted;
    }

    public static bool AreTied(double a, double b) =>
        a == b || Math.Abs(a - b) <= RelativeTolerance * Math.Max(Math.Abs(a), Math.Abs(b));
}
