namespace WellnessAssessment.Norms;

/// <summary>
/// How peer norms are built: the smallest number of agencies k a published cell may hold. The statistics a cell
/// publishes scale with k: from k the median (rounded), from 2k the quartiles, from 4k p10 … p90 and the mean.
/// </summary>
public sealed record NormsOptions
{
    /// <summary>The smallest value <see cref="MinimumAgencies"/> may take: 5, as the issue and the anonymity rule of groups require.</summary>
    public const int SmallestAllowedMinimumAgencies = 5;

    /// <summary>The fewest respondents a contributing result has (5, the anonymity minimum of groups): fewer, and it is refused.</summary>
    public const int MinimumRespondents = 5;

    /// <summary>
    /// A cell is published only when it holds at least this many agencies (default 5, never below
    /// <see cref="SmallestAllowedMinimumAgencies"/>). The complementary rule also uses it: the agencies hidden from a
    /// measure by subtraction (withheld size bands and agencies of unknown size) are 0 or at least this many.
    /// </summary>
    public int MinimumAgencies { get; init; } = SmallestAllowedMinimumAgencies;
}
