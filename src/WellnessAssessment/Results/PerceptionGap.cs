using WellnessAssessment.Scoring;

namespace WellnessAssessment.Results;

/// <summary>
/// The difference between how the leadership pool and the frontline pool score a domain
/// (<c>gap = leadership − frontline</c>). Figures are <see langword="null"/> unless <see cref="Status"/> is
/// <see cref="PerceptionGapStatus.Computed"/>.
/// </summary>
public sealed record PerceptionGap
{
    /// <summary>Whether the gap could be computed, and if not, why.</summary>
    public required PerceptionGapStatus Status { get; init; }

    /// <summary>The mean domain score of the leadership pool.</summary>
    public required double? Leadership { get; init; }

    /// <summary>The number of leadership respondents included.</summary>
    public required int? LeadershipN { get; init; }

    /// <summary>The mean domain score of the frontline pool.</summary>
    public required double? Frontline { get; init; }

    /// <summary>The number of frontline respondents included.</summary>
    public required int? FrontlineN { get; init; }

    /// <summary><see cref="Leadership"/> − <see cref="Frontline"/>.</summary>
    public required double? Gap { get; init; }

    /// <summary>Whether |<see cref="Gap"/>| is at least <see cref="ScoringOptions.GapThreshold"/>.</summary>
    public required bool Flagged { get; init; }

    /// <summary>A gap that was not computed for the given reason.</summary>
    /// <param name="status">Why the gap was not computed.</param>
    public static PerceptionGap NotComputed(PerceptionGapStatus status) => new()
    {
        Status = status,
        Leadership = null,
        LeadershipN = null,
        Frontline = null,
        FrontlineN = null,
        Gap = null,
        Flagged = false,
    };
}
