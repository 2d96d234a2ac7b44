using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Norms;

/// <summary>
/// Compares an agency's result with <see cref="PeerNorms"/>. Each measure uses the cell of the agency's size band when
/// it is published, else the all-agencies cell, else none. An agency is never compared with itself: a result found
/// among the norms' contributions is not compared (<see cref="PeerComparisonStatus.OwnContribution"/>).
/// </summary>
public static class PeerComparer
{
    private static readonly double[] Ranks = [10, 25, 50, 75, 90];

    /// <summary>Compares a result with norms.</summary>
    /// <param name="result">The agency's result.</param>
    /// <param name="norms">The peer norms.</param>
    public static PeerComparison Compare(AssessmentResult result, PeerNorms norms)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(norms);
        var band = result.Agency?.Profile?.Size;
        var comparison = new PeerComparison
        {
            Status = PeerComparisonStatus.Compared,
            Norms = norms.Instrument,
            SizeBand = band,
            MinimumAgencies = norms.MinimumAgencies,
            Overall = null,
            Sections = [],
            Domains = [],
        };

        if (result.Instrument.Id != norms.Instrument.Id || result.Instrument.MajorVersion != norms.Instrument.MajorVersion)
        {
            return comparison with { Status = PeerComparisonStatus.DifferentInstrument };
        }

        if (norms.Contributions.Contains(ContributionFingerprint.Of(result), StringComparer.Ordinal))
        {
            return comparison with { Status = PeerComparisonStatus.OwnContribution };
        }

        var overall = Stand(norms, NormScope.Overall, null, result.Overall.Score, band);
        var sections = result.Sections.Select(section => Stand(norms, NormScope.Section, section.Id, section.Score, band)).ToArray();
        var domains = result.Domains().Select(domain => Stand(norms, NormScope.Domain, domain.Id, domain.Score, band)).ToArray();
        if (overall.Basis is null && sections.All(s => s.Basis is null) && domains.All(d => d.Basis is null))
        {
            return comparison with { Status = PeerComparisonStatus.NoQualifyingCell };
        }

        return comparison with { Overall = overall, Sections = sections, Domains = domains };
    }

    /// <summary>
    /// The percentile rank of a score given the published percentiles: linear between the points (10, p10) … (90, p90)
    /// (or (25, p25) … (75, p75) when only the quartiles are published); a score equal to a run of equal percentiles
    /// takes the middle of the run; <see langword="null"/> outside the published range.
    /// </summary>
    internal static double? PercentileRank(double score, IReadOnlyList<double> percentiles) =>
        PercentileRank(score, percentiles, percentiles.Count == Ranks.Length ? Ranks : [25, 50, 75]);

    private static double? PercentileRank(double score, IReadOnlyList<double> percentiles, double[] ranks)
    {
        if (score < percentiles[0] || score > percentiles[^1])
        {
            return null;
        }

        var first = -1;
        var last = -1;
        for (var i = 0; i < percentiles.Count; i++)
        {
            if (percentiles[i] == score)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (first >= 0)
        {
            return (ranks[first] + ranks[last]) / 2;
        }

        for (var i = 0; i < percentiles.Count - 1; i++)
        {
            if (score > percentiles[i] && score < percentiles[i + 1])
            {
                var fraction = (score - percentiles[i]) / (percentiles[i + 1] - percentiles[i]);
                return ranks[i] + (fraction * (ranks[i + 1] - ranks[i]));
            }
        }

        return null;
    }

    private static PeerStanding Stand(PeerNorms norms, NormScope scope, string? id, double? score, AgencySize? band)
    {
        var cell = band is { } size && norms.FindCell(scope, id, size) is { Withheld: false } bandCell
            ? (Cell: bandCell, Basis: PeerBasis.SizeBand)
            : norms.FindCell(scope, id, null) is { Withheld: false } allCell
                ? (Cell: allCell, Basis: PeerBasis.AllAgencies)
                : (Cell: (NormCell?)null, Basis: (PeerBasis?)null);

        if (cell.Cell is not { P50: { } median } published)
        {
            return new PeerStanding
            {
                Id = id, Score = score, Basis = null, Agencies = null, Mean = null,
                P10 = null, P25 = null, Median = null, P75 = null, P90 = null, Position = null, PercentileRank = null,
            };
        }

        // Only the statistics the cell publishes (NormTiers): the range and the rank follow from them.
        (PeerPosition? Position, double? Rank) standing = (score, published) switch
        {
            (null, _) => (null, null),
            ({ } value, { P10: { } p10, P25: { } p25, P75: { } p75, P90: { } p90 }) =>
                (value < p10 ? PeerPosition.BelowP10 : value > p90 ? PeerPosition.AboveP90 : PeerPosition.Within, PercentileRank(value, [p10, p25, median, p75, p90])),
            ({ } value, { P25: { } p25, P75: { } p75 }) =>
                (value < p25 ? PeerPosition.BelowP25 : value > p75 ? PeerPosition.AboveP75 : PeerPosition.Within, PercentileRank(value, [p25, median, p75])),
            ({ } value, _) =>
                (Math.Round(value, MidpointRounding.AwayFromZero) == median ? PeerPosition.AtMedian : value < median ? PeerPosition.BelowMedian : PeerPosition.AboveMedian, null),
        };

        return new PeerStanding
        {
            Id = id,
            Score = score,
            Basis = cell.Basis,
            Agencies = published.Agencies,
            Mean = published.Mean,
            P10 = published.P10,
            P25 = published.P25,
            Median = median,
            P75 = published.P75,
            P90 = published.P90,
            Position = standing.Position,
            PercentileRank = standing.Rank,
        };
    }
}
