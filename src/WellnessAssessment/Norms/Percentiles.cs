namespace WellnessAssessment.Norms;

/// <summary>
/// Percentiles by linear interpolation between order statistics (Hyndman and Fan type 7; Excel <c>PERCENTILE.INC</c>,
/// NumPy's default): for sorted values <c>x[0..n-1]</c> and a fraction <c>p</c>, <c>h = (n − 1)·p</c> and the percentile
/// is <c>x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])</c>.
/// </summary>
internal static class Percentiles
{
    /// <summary>The percentile of already sorted values.</summary>
    public static double OfSorted(ReadOnlySpan<double> sorted, double fraction)
    {
        var h = (sorted.Length - 1) * fraction;
        var lower = (int)Math.Floor(h);
        if (lower >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        return sorted[lower] + ((h - lower) * (sorted[lower + 1] - sorted[lower]));
    }
}
