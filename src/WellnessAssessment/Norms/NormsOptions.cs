namespace WellnessAssessment.Norms;

/// <summary>How peer norms are built: the smallest number of agencies a published cell may hold.</summary>
public sealed record NormsOptions
{
    /// <summary>The smallest value <see cref="MinimumAgencies"/> may take: 5, as the issue and the anonymity rule of groups require.</summary>
    public const int SmallestAllowedMinimumAgencies = 5;

    /// <summary>
    /// A cell is published only when it holds at least this many agencies (default 5, never below
    /// <see cref="SmallestAllowedMinimumAgencies"/>). The complementary rule also uses it: the agencies hidden from a
    /// measure by subtraction (withheld size bands and agencies of unknown size) are 0 or at least this many.
    /// </summary>
    public int MinimumAgencies { get; init; } = SmallestAllowedMinimumAgencies;
}
