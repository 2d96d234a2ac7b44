namespace WellnessAssessment.Profiles;

/// <summary>
/// A version of a recommendation for the agencies a <see cref="When"/> condition describes, such as small agencies or
/// agencies that send recruits to a state academy. Fields left out keep the recommendation's own value.
/// </summary>
public sealed record RecommendationVariant
{
    /// <summary>The agency profiles the variant applies to; it must state at least one field.</summary>
    public required ProfileCondition When { get; init; }

    /// <summary>The step for these agencies, or <see langword="null"/> to keep the recommendation's.</summary>
    public string? Action { get; init; }

    /// <summary>The owner role these agencies have, or <see langword="null"/> to keep the recommendation's.</summary>
    public string? Owner { get; init; }

    /// <summary>The resource to use, with its cost and availability, or <see langword="null"/> to keep the recommendation's.</summary>
    public string? Resource { get; init; }

    /// <summary>The timeframe, or <see langword="null"/> to keep the recommendation's.</summary>
    public string? Timeframe { get; init; }

    /// <summary>The timeframe in days, or <see langword="null"/> to keep the recommendation's.</summary>
    public int? TimeframeDays { get; init; }

    /// <summary>The success indicator, or <see langword="null"/> to keep the recommendation's.</summary>
    public string? Indicator { get; init; }
}
