using System.Globalization;
using WellnessAssessment.Instruments;
using WellnessAssessment.Norms;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Reports.Model;

/// <summary>Builds the peer-comparison page and the heat map from what the core computed; nothing is recomputed.</summary>
internal static class PeerModelBuilder
{
    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    /// <summary>The peer page, or <see langword="null"/> when the result carries no comparison (no norms were given).</summary>
    public static PeerPage? Peers(AssessmentResult result, InstrumentPresentation presentation)
    {
        if (result.PeerComparison is not { } comparison)
        {
            return null;
        }

        if (comparison.Status != PeerComparisonStatus.Compared)
        {
            var reason = comparison.Status switch
            {
                PeerComparisonStatus.OwnContribution => "The peer comparison is not shown: this assessment is one of the results the benchmark was built from, and an agency is never compared with itself.",
                PeerComparisonStatus.DifferentInstrument => $"The peer comparison is not shown: the benchmark was built from another instrument ({comparison.Norms}).",
                _ => $"The peer comparison is not shown: no group of peer agencies, of this agency's size or of all sizes, holds the {comparison.MinimumAgencies.ToString(Us)} agencies a comparison needs to protect each agency.",
            };
            return new PeerPage("Compared with peer agencies", string.Empty, reason, []);
        }

        var heading = comparison.Overall is { Basis: { } basis, Agencies: { } n }
            ? basis == PeerBasis.SizeBand ? $"Compared with {n.ToString(Us)} agencies of similar size" : $"Compared with {n.ToString(Us)} agencies of all sizes"
            : "Compared with peer agencies";
        var size = comparison.SizeBand is { } band ? SizeText(band) : null;
        var intro = (comparison.Overall?.Basis == PeerBasis.SizeBand && size is not null
                ? $"Peers are agencies with {size}, from an anonymous benchmark. "
                : size is null
                    ? "This agency's size is not known, so peers are agencies of all sizes, from an anonymous benchmark. "
                    : $"Too few agencies with {size} are in the benchmark, so peers are agencies of all sizes. ")
            + "Each bar spans the peers' 10th to 90th percentile, the darker part the middle half (25th to 75th), the line the peers' median "
            + "(with fewer than 20 peers only the middle half, with fewer than 10 only the median, rounded); "
            + $"the diamond is this agency's score. The rank is the share of peers scoring lower. A group of peers is shown only when it holds at least {comparison.MinimumAgencies.ToString(Us)} agencies and no agency can be singled out.";
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var domain in result.Domains())
        {
            titles[domain.Id] = domain.Title;
        }

        var rows = comparison.Domains.Select(standing =>
        {
            var title = titles.GetValueOrDefault(standing.Id!) ?? standing.Id!;
            return new PeerRow(
                title, presentation.ShortTitle(standing.Id!, title), standing.Score, standing.P10, standing.P25, standing.Median, standing.P75, standing.P90,
                Rank(standing), standing.Basis is null ? "withheld" : $"{standing.Agencies!.Value.ToString(Us)} {(standing.Basis == PeerBasis.SizeBand ? "same size" : "all sizes")}",
                standing.Basis is null);
        }).ToList();
        return new PeerPage(heading, intro, null, rows);
    }

    /// <summary>"p62", "below p10", "above p90", or "—" without a score or peers.</summary>
    public static string Rank(PeerStanding standing) => standing.Position switch
    {
        PeerPosition.BelowP10 => "below p10",
        PeerPosition.AboveP90 => "above p90",
        PeerPosition.BelowP25 => "below p25",
        PeerPosition.AboveP75 => "above p75",
        PeerPosition.BelowMedian => "below median",
        PeerPosition.AtMedian => "at median",
        PeerPosition.AboveMedian => "above median",
        PeerPosition.Within => "p" + standing.PercentileRank!.Value.ToString("0", Us),
        _ => "—",
    };

    /// <summary>The heat map: every domain by all respondents, each group of the instrument, and the two pools when the instrument marks them.</summary>
    public static HeatMap HeatMap(AssessmentResult result, Instrument instrument, InstrumentPresentation presentation)
    {
        var edges = result.Options.BandEdges;
        var pools = instrument.Groups.Any(group => group.Pool is not null);
        List<string> columns = ["All respondents", .. instrument.Groups.Select(group => group.Title)];
        if (pools)
        {
            columns.AddRange(["Leadership pool", "Frontline pool"]);
        }

        var rows = result.Domains().Select(domain =>
        {
            var cells = new List<HeatCell> { Cell(domain.Score, withheld: false, edges) };
            foreach (var group in instrument.Groups)
            {
                var figures = domain.Groups.FirstOrDefault(g => g.Id == group.Id);
                cells.Add(figures is null ? Cell(null, withheld: false, edges) : Cell(figures.Score, figures.Suppressed, edges));
            }

            if (pools)
            {
                var computed = domain.PerceptionGap.Status == PerceptionGapStatus.Computed;
                cells.Add(Cell(domain.PerceptionGap.Leadership, !computed, edges));
                cells.Add(Cell(domain.PerceptionGap.Frontline, !computed, edges));
            }

            return new HeatRow(domain.Title, presentation.ShortTitle(domain.Id, domain.Title), cells);
        }).ToList();

        var k = result.Options.MinimumGroupSize.ToString(Us);
        var intro = "Each area's score by rank group, coloured by band (darker is higher) with the score written in each cell. "
            + $"\"Withheld\" marks a group of fewer than {k} respondents, or one whose score would let a smaller group be worked out; "
            + "the leadership and frontline pools are shown only when the perception gap can be. \"—\" means no one of that group answered.";
        var legend = BandLabels(edges).Select((label, index) => new HeatLegendEntry(label, index)).ToList();
        return new HeatMap(intro, columns, rows, legend);
    }

    private static HeatCell Cell(double? score, bool withheld, BandEdges edges) => withheld
        ? new HeatCell("withheld", null, null, Withheld: true)
        : new HeatCell(ReportModelBuilder.Score(score), score, edges.Classify(score) is { } band ? (int)band : null, Withheld: false);

    private static IEnumerable<string> BandLabels(BandEdges edges)
    {
        string N(double value) => ReportModelBuilder.Number(value);
        yield return $"{Band.Initial} (below {N(edges.Emerging)})";
        yield return $"{Band.Emerging} ({N(edges.Emerging)}–{N(edges.Developing)})";
        yield return $"{Band.Developing} ({N(edges.Developing)}–{N(edges.Established)})";
        yield return $"{Band.Established} ({N(edges.Established)}–{N(edges.Leading)})";
        yield return $"{Band.Leading} ({N(edges.Leading)} and above)";
    }

    private static string SizeText(AgencySize size) => size switch
    {
        AgencySize.UpTo10 => "10 sworn staff or fewer",
        AgencySize.From11To49 => "11 to 49 sworn staff",
        AgencySize.From50To249 => "50 to 249 sworn staff",
        _ => "250 sworn staff or more",
    };
}
