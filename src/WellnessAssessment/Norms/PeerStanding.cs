namespace WellnessAssessment.Norms;

/// <summary>
/// Where one measure of an agency's result stands among its peers: the agency's score, the peers' published range and
/// median, and the percentile rank. Every peer figure is <see langword="null"/> when no cell qualifies
/// (<see cref="Basis"/> is then <see langword="null"/>).
/// </summary>
public sealed record PeerStanding
{
    /// <summary>The section or domain id; <see langword="null"/> for the overall score.</summary>
    public required string? Id { get; init; }

    /// <summary>The agency's score (0–100), or <see langword="null"/> when its result has none.</summary>
    public required double? Score { get; init; }

    /// <summary>Which agencies the score was compared with; <see langword="null"/> when no cell qualifies.</summary>
    public required PeerBasis? Basis { get; init; }

    /// <summary>The number of peer agencies in the cell compared with.</summary>
    public required int? Agencies { get; init; }

    /// <summary>The peers' mean; only from 20 agencies (the cell's statistics scale with its agencies).</summary>
    public required double? Mean { get; init; }

    /// <summary>The peers' 10th percentile; only from 20 agencies.</summary>
    public required double? P10 { get; init; }

    /// <summary>The peers' 25th percentile; only from 10 agencies.</summary>
    public required double? P25 { get; init; }

    /// <summary>The peers' median, rounded to whole points below 10 agencies.</summary>
    public required double? Median { get; init; }

    /// <summary>The peers' 75th percentile; only from 10 agencies.</summary>
    public required double? P75 { get; init; }

    /// <summary>The peers' 90th percentile; only from 20 agencies.</summary>
    public required double? P90 { get; init; }

    /// <summary>Where the score lies in the peers' range; <see langword="null"/> when there is no score or no cell.</summary>
    public required PeerPosition? Position { get; init; }

    /// <summary>
    /// The percentile rank (10–90) of the score among the peers, interpolated linearly between the published
    /// percentiles; <see langword="null"/> outside that range (see <see cref="Position"/>), without a score or a cell.
    /// </summary>
    public required double? PercentileRank { get; init; }
}
