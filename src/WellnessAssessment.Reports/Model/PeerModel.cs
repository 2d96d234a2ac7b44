namespace WellnessAssessment.Reports.Model;

/// <summary>
/// The "compared with peers" part: per domain the agency's score on the peers' p10–p90 range, with the median.
/// <paramref name="OmittedReason"/> is set (and the rows empty) when no peer cell qualifies.
/// </summary>
internal sealed record PeerPage(string Heading, string Intro, string? OmittedReason, IReadOnlyList<PeerRow> Rows);

/// <summary>One domain's standing; <paramref name="Withheld"/> when neither its size band nor all agencies qualify.</summary>
internal sealed record PeerRow(
    string Domain, string ShortDomain, double? Score, double? P10, double? P25, double? Median, double? P75, double? P90,
    string Rank, string Peers, bool Withheld)
{
    /// <summary>The widest range the peers' cell publishes: p10–p90 (20+ agencies), p25–p75 (10–19), or "median only" (5–9).</summary>
    public string Range => Withheld
        ? "withheld"
        : (P10 ?? P25, P90 ?? P75) is ({ } low, { } high) ? $"{ReportModelBuilder.Score(low)}–{ReportModelBuilder.Score(high)}" : "median only";
}

/// <summary>The heat map by rank group: domains × (all respondents, each group, the leadership and frontline pools).</summary>
internal sealed record HeatMap(string Intro, IReadOnlyList<string> Columns, IReadOnlyList<HeatRow> Rows, IReadOnlyList<HeatLegendEntry> Legend);

internal sealed record HeatRow(string Domain, string ShortDomain, IReadOnlyList<HeatCell> Cells);

/// <summary>
/// One cell: the score as text with its band (0 = lowest) for the colour, "withheld" (no number) when suppressed, or
/// "—" when nobody of the group answered.
/// </summary>
internal sealed record HeatCell(string Text, double? Value, int? BandIndex, bool Withheld)
{
    public string Description(string column) => Withheld ? $"{column}: withheld" : Value is null ? $"{column}: no respondents" : $"{column}: {Text}";
}

internal sealed record HeatLegendEntry(string Label, int BandIndex);
