using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;

namespace WellnessAssessment.Norms;

/// <summary>An agency's result compared with peer norms: per measure, the percentile rank and the peer median.</summary>
public sealed record PeerComparison
{
    /// <summary>Whether the comparison was made, and if not, why.</summary>
    public required PeerComparisonStatus Status { get; init; }

    /// <summary>The norms' instrument id and major version.</summary>
    public required NormsInstrument Norms { get; init; }

    /// <summary>The agency's size band, from its profile; <see langword="null"/> when unknown (compared with all agencies).</summary>
    public required AgencySize? SizeBand { get; init; }

    /// <summary>The minimum number of agencies per published cell of the norms.</summary>
    public required int MinimumAgencies { get; init; }

    /// <summary>The overall score's standing; <see langword="null"/> unless <see cref="Status"/> is <see cref="PeerComparisonStatus.Compared"/>.</summary>
    public required PeerStanding? Overall { get; init; }

    /// <summary>Each section's standing, in instrument order; empty unless compared.</summary>
    public required IReadOnlyList<PeerStanding> Sections { get; init; }

    /// <summary>Each domain's standing, in instrument order; empty unless compared.</summary>
    public required IReadOnlyList<PeerStanding> Domains { get; init; }
}
