using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;

namespace WellnessAssessment.Norms;

/// <summary>
/// The distribution of one measure (the overall score, a section or a domain) over the agencies of one size band, or
/// over all agencies. A withheld cell reports only the fact and the reason: its count and figures are
/// <see langword="null"/>.
/// </summary>
public sealed record NormCell
{
    /// <summary>What the cell measures.</summary>
    public required NormScope Scope { get; init; }

    /// <summary>The section or domain id; <see langword="null"/> for <see cref="NormScope.Overall"/>.</summary>
    public required string? Id { get; init; }

    /// <summary>The size band the cell covers; <see langword="null"/> for all agencies (of every size, known or not).</summary>
    public required AgencySize? SizeBand { get; init; }

    /// <summary>The number of agencies with a score for the measure; <see langword="null"/> when withheld.</summary>
    public required int? Agencies { get; init; }

    /// <summary>Whether the cell's figures are withheld to protect the agencies in it.</summary>
    public required bool Withheld { get; init; }

    /// <summary>Why the cell is withheld, when it is.</summary>
    public required NormWithholdReason? WithheldReason { get; init; }

    /// <summary>The mean of the agencies' scores (0–100); published only from 20 agencies (4 × the minimum), else <see langword="null"/>.</summary>
    public required double? Mean { get; init; }

    /// <summary>The 10th percentile (linear interpolation between order statistics); published only from 20 agencies, else <see langword="null"/>.</summary>
    public required double? P10 { get; init; }

    /// <summary>The 25th percentile; published only from 10 agencies (2 × the minimum), else <see langword="null"/>.</summary>
    public required double? P25 { get; init; }

    /// <summary>The median (50th percentile), rounded to whole points in a cell of fewer than 10 agencies; <see langword="null"/> when withheld.</summary>
    public required double? P50 { get; init; }

    /// <summary>The 75th percentile; published only from 10 agencies, else <see langword="null"/>.</summary>
    public required double? P75 { get; init; }

    /// <summary>The 90th percentile; published only from 20 agencies, else <see langword="null"/>.</summary>
    public required double? P90 { get; init; }
}
