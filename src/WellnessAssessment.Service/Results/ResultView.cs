using WellnessAssessment.Instruments;
using WellnessAssessment.Reports.Model;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Service.Results;

/// <summary>
/// What the console shows of a result beyond its figures, decided where the reports decide it
/// (<c>GET …/{assessmentId}/results/view</c>): each domain's short title and gap note, and the heat map's cells with
/// their bands. The page renders these; it classifies, shortens and words nothing itself.
/// </summary>
public sealed record ResultView
{
    /// <summary>Every domain of the result, in the instrument's order.</summary>
    public required IReadOnlyList<DomainView> Domains { get; init; }

    /// <summary>The heat map: domains × (all respondents, each group, the leadership and frontline pools).</summary>
    public required HeatMapView HeatMap { get; init; }

    /// <summary>The view of <paramref name="result"/> scored against <paramref name="instrument"/>, in the reports' words.</summary>
    /// <param name="result">The result.</param>
    /// <param name="instrument">The instrument it was scored against.</param>
    public static ResultView Of(AssessmentResult result, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(instrument);
        var presentation = new InstrumentPresentation(instrument);
        var domains = result.Domains().ToList();
        var heat = PeerModelBuilder.HeatMap(result, instrument, presentation);
        return new ResultView
        {
            Domains = [.. domains.Select(domain => new DomainView
            {
                Id = domain.Id,
                ShortTitle = presentation.ShortTitle(domain.Id, domain.Title),
                GapNote = GapWords.For(domain.PerceptionGap),
            })],
            HeatMap = new HeatMapView
            {
                Columns = heat.Columns,
                Rows = [.. heat.Rows.Select((row, index) => new HeatMapRowView
                {
                    DomainId = domains[index].Id,
                    Title = row.Domain,
                    Cells = [.. row.Cells.Select(cell => new HeatMapCellView { Score = cell.Withheld ? null : cell.Value, Band = cell.BandIndex is { } band ? (Band)band : null, Withheld = cell.Withheld })],
                })],
                Legend = [.. heat.Legend.Select(entry => new HeatMapLegendView { Band = (Band)entry.BandIndex, Label = entry.Label })],
            },
        };
    }
}

/// <summary>How a domain is presented.</summary>
public sealed record DomainView
{
    /// <summary>The domain's id.</summary>
    public required string Id { get; init; }

    /// <summary>The chart label: the instrument's short title, else the title cut at a word to at most 24 characters.</summary>
    public required string ShortTitle { get; init; }

    /// <summary>The note beside the domain's perception gap, as the reports write it: <c>flagged</c>, why there is no gap, or empty.</summary>
    public required string GapNote { get; init; }
}

/// <summary>The heat map by rank group.</summary>
public sealed record HeatMapView
{
    /// <summary>The column headings after the domain: all respondents, each group, then the pools when the instrument has them.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>One row per domain, one cell per column.</summary>
    public required IReadOnlyList<HeatMapRowView> Rows { get; init; }

    /// <summary>The colour key: each band with its range.</summary>
    public required IReadOnlyList<HeatMapLegendView> Legend { get; init; }
}

/// <summary>One domain's row of the heat map.</summary>
public sealed record HeatMapRowView
{
    /// <summary>The domain's id.</summary>
    public required string DomainId { get; init; }

    /// <summary>The domain's title.</summary>
    public required string Title { get; init; }

    /// <summary>One cell per column.</summary>
    public required IReadOnlyList<HeatMapCellView> Cells { get; init; }
}

/// <summary>One cell of the heat map.</summary>
public sealed record HeatMapCellView
{
    /// <summary>The score on 0–100; <see langword="null"/> when withheld or when nobody of the group answered.</summary>
    public required double? Score { get; init; }

    /// <summary>The score's band under the result's band edges; <see langword="null"/> without a score.</summary>
    public required Band? Band { get; init; }

    /// <summary>Whether the cell is withheld to protect a small group.</summary>
    public required bool Withheld { get; init; }
}

/// <summary>One entry of the heat map's colour key.</summary>
public sealed record HeatMapLegendView
{
    /// <summary>The band.</summary>
    public required Band Band { get; init; }

    /// <summary>The band's name with its range of scores, for example <c>Emerging (20–40)</c>.</summary>
    public required string Label { get; init; }
}
