namespace WellnessAssessment.Results;

/// <summary>A section's score: the weighted mean of its scored domains.</summary>
public sealed record SectionResult
{
    /// <summary>The section id.</summary>
    public required string Id { get; init; }

    /// <summary>The section title, copied from the instrument.</summary>
    public required string Title { get; init; }

    /// <summary>The section score, or <see langword="null"/> when none of its domains has a score.</summary>
    public required double? Score { get; init; }

    /// <summary>The band of <see cref="Score"/>.</summary>
    public required Band? Band { get; init; }

    /// <summary>The section's domains, in instrument order.</summary>
    public required IReadOnlyList<DomainResult> Domains { get; init; }
}
