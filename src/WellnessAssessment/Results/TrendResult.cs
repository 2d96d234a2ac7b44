using WellnessAssessment.Instruments;

namespace WellnessAssessment.Results;

/// <summary>The change between an earlier assessment and this one, per section and domain.</summary>
public sealed record TrendResult
{
    /// <summary>The instrument version of the earlier assessment.</summary>
    public required InstrumentReference PreviousInstrument { get; init; }

    /// <summary>The number of respondents of the earlier assessment; null when its release was withheld (fewer than k).</summary>
    public required int? PreviousRespondents { get; init; }

    /// <summary>The change of the overall score.</summary>
    public required ScoreChange Overall { get; init; }

    /// <summary>The change of each section score, in instrument order.</summary>
    public required IReadOnlyList<ScoreChange> Sections { get; init; }

    /// <summary>The change of each domain score, in instrument order (no earlier score where a domain is not comparable).</summary>
    public required IReadOnlyList<ScoreChange> Domains { get; init; }

    /// <summary>Whether the results share a major version or are compared through a crosswalk.</summary>
    public TrendBasis Basis { get; init; } = TrendBasis.SameVersion;

    /// <summary>For a crosswalk trend, the items kept or reworded one-to-one and their change; empty otherwise.</summary>
    public IReadOnlyList<ItemChange> Items { get; init; } = [];

    /// <summary>For a crosswalk trend, everything that is not compared (scores, split, merged and new items); empty otherwise.</summary>
    public IReadOnlyList<NotComparable> NotComparable { get; init; } = [];
}
