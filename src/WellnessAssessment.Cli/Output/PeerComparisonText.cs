using System.Globalization;
using System.Text;
using WellnessAssessment.Instruments;
using WellnessAssessment.Norms;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Cli.Output;

/// <summary>The peer comparison for a terminal: per domain the score, the peers' median and range, and the percentile rank.</summary>
internal static class PeerComparisonText
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Format(AssessmentResult result, Instrument instrument)
    {
        if (result.PeerComparison is not { } comparison)
        {
            return string.Empty;
        }

        var text = new StringBuilder().AppendLine();
        if (comparison.Status != PeerComparisonStatus.Compared)
        {
            text.AppendLine(Culture, $"Peer comparison: not shown — {Reason(comparison)}");
            return text.ToString();
        }

        text.AppendLine(Culture, $"Compared with peers ({Heading(comparison)}):");
        text.AppendLine(Culture, $"  {"DOMAIN",-40} {"SCORE",6} {"MEDIAN",7} {"P10–P90",-12} {"RANK",-10} {"PEERS",-20}");
        var titles = instrument.Domains.ToDictionary(d => d.Id, d => d.ShortTitle, StringComparer.Ordinal);
        foreach (var domain in comparison.Domains)
        {
            var title = titles.GetValueOrDefault(domain.Id!) ?? domain.Id!;
            if (domain.Basis is null)
            {
                text.AppendLine(Culture, $"  {Cut(title),-40} {Number(domain.Score),6} withheld (fewer than {comparison.MinimumAgencies} agencies)");
                continue;
            }

            text.AppendLine(Culture, $"  {Cut(title),-40} {Number(domain.Score),6} {Number(domain.Median),7} {Range(domain),-12} {Rank(domain),-10} {Peers(domain),-20}");
        }

        return text.ToString();
    }

    /// <summary>"N agencies of similar size (11-49 sworn)" or "N agencies of all sizes", from the overall standing.</summary>
    internal static string Heading(PeerComparison comparison) => comparison.Overall is { Basis: { } basis, Agencies: { } n }
        ? basis == PeerBasis.SizeBand ? $"{n} agencies of similar size" : $"{n} agencies of all sizes"
        : "per domain";

    internal static string Reason(PeerComparison comparison) => comparison.Status switch
    {
        PeerComparisonStatus.OwnContribution => "this result is one of the norms' contributions, and an agency is never compared with itself.",
        PeerComparisonStatus.NoQualifyingCell => $"no group of peers holds at least {comparison.MinimumAgencies} agencies.",
        PeerComparisonStatus.DifferentInstrument => $"the norms are of another instrument ({comparison.Norms}).",
        _ => string.Empty,
    };

    private static string Rank(PeerStanding standing) => standing.Position switch
    {
        PeerPosition.BelowP10 => "below p10",
        PeerPosition.AboveP90 => "above p90",
        PeerPosition.BelowP25 => "below p25",
        PeerPosition.AboveP75 => "above p75",
        PeerPosition.BelowMedian => "below median",
        PeerPosition.AtMedian => "at median",
        PeerPosition.AboveMedian => "above median",
        PeerPosition.Within => $"p{standing.PercentileRank!.Value.ToString("0", Culture)}",
        _ => "—",
    };

    /// <summary>The widest published range: p10–p90 (20+ agencies), p25–p75 (10–19), or "median only" (5–9).</summary>
    private static string Range(PeerStanding standing) => (standing.P10 ?? standing.P25, standing.P90 ?? standing.P75) is ({ } low, { } high)
        ? Number(low) + "–" + Number(high)
        : "median only";

    private static string Peers(PeerStanding standing) =>
        $"{standing.Agencies} {(standing.Basis == PeerBasis.SizeBand ? "same size" : "all sizes")}";

    private static string Number(double? value) => value?.ToString("0.0", Culture) ?? "—";

    private static string Cut(string title) => title.Length <= 40 ? title : title[..39] + "…";
}
