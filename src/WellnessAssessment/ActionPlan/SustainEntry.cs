using WellnessAssessment.Scoring;

namespace WellnessAssessment.ActionPlan;

/// <summary>
/// One "keep it going" step: an item scoring at least <see cref="ScoringOptions.ActionScoreThreshold"/> but below
/// <see cref="ScoringOptions.StrengthThreshold"/>, with the instrument's sustain step (the recommendation for the level
/// below the scale's maximum: review, evaluate, improve).
/// </summary>
public sealed record SustainEntry
{
    /// <summary>The item.</summary>
    public required string ItemId { get; init; }

    /// <summary>The item's domain.</summary>
    public required string DomainId { get; init; }

    /// <summary>The item's section.</summary>
    public required string SectionId { get; init; }

    /// <summary>The item text.</summary>
    public required string ItemText { get; init; }

    /// <summary>
    /// <c>W_d/ΣW · w_i/Σw_d · (100 − score)</c>, × 1.5 when the domain has a flagged perception gap: the list's own order,
    /// highest first, so the practices nearest to slipping come first.
    /// </summary>
    public required double Priority { get; init; }

    /// <summary>The item's score.</summary>
    public required double Score { get; init; }

    /// <summary>The level whose recommendation is the sustain step (the scale maximum minus one).</summary>
    public required int Level { get; init; }

    /// <summary>The sustain step.</summary>
    public required string Action { get; init; }

    /// <summary>The role that owns it.</summary>
    public required string Owner { get; init; }

    /// <summary>When it should be done.</summary>
    public required string Timeframe { get; init; }

    /// <summary>The timeframe in days, when the instrument states it.</summary>
    public required int? TimeframeDays { get; init; }

    /// <summary>How success will be recognised.</summary>
    public required string Indicator { get; init; }

    /// <summary>A resource that helps, with its cost and availability, when named.</summary>
    public required string? Resource { get; init; }

    /// <summary>The item's source citation.</summary>
    public required string? Source { get; init; }
}
