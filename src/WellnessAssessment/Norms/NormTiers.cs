namespace WellnessAssessment.Norms;

/// <summary>
/// Which statistics a norm cell publishes, by its number of agencies k' and the norms' minimum k (default 5): under k,
/// none; k to 2k − 1 (5–9), the median only, rounded to whole points; 2k to 4k − 1 (10–19), p25, p50 and p75; 4k or more
/// (20+), p10 … p90 and the mean. Fewer statistics for fewer agencies: six figures of five agencies would give back
/// every agency's score.
/// </summary>
internal static class NormTiers
{
    /// <summary>Whether a cell of <paramref name="agencies"/> publishes p25 and p75.</summary>
    public static bool HasQuartiles(int agencies, int minimum) => agencies >= 2 * minimum;

    /// <summary>Whether a cell of <paramref name="agencies"/> publishes p10, p90 and the mean.</summary>
    public static bool HasFullRange(int agencies, int minimum) => agencies >= 4 * minimum;

    /// <summary>The median as published: rounded to whole points while the cell publishes the median only.</summary>
    public static double Median(double median, int agencies, int minimum) =>
        HasQuartiles(agencies, minimum) ? median : Math.Round(median, MidpointRounding.AwayFromZero);
}
