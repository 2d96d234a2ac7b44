namespace WellnessAssessment.Reports.Model;

/// <summary>What the executive brief says, computed once from a result; the PDF and HTML renderers only present it.</summary>
internal sealed record BriefModel
{
    /// <summary>The report model the brief shares its figures with (overall score, band, respondents, participation, one view).</summary>
    public required ReportModel Report { get; init; }

    /// <summary>The disclosure statement when the release shows no figure (fewer than the minimum answered); the brief then says only that.</summary>
    public required string? Withheld { get; init; }

    public required IReadOnlyList<FocusAreaRow> FocusAreas { get; init; }

    public required bool FocusAreasSuggested { get; init; }

    /// <summary>The focus areas' first actions (at most two per area), with owners and dates.</summary>
    public required IReadOnlyList<BriefAction> FirstActions { get; init; }

    /// <summary>What the first-year plan is, in one paragraph.</summary>
    public required string PlanSummary { get; init; }

    public required IReadOnlyList<PracticeRow> Strongest { get; init; }

    public required IReadOnlyList<PracticeRow> Weakest { get; init; }

    /// <summary>The largest computed leadership–frontline gaps (at most three), largest first.</summary>
    public required IReadOnlyList<GapRow> Gaps { get; init; }

    /// <summary>Why no gap is shown, when none is.</summary>
    public required string GapNote { get; init; }

    /// <summary>The change since the earlier cycle, in one paragraph; <see langword="null"/> when no earlier result was given.</summary>
    public required string? Change { get; init; }

    /// <summary>The largest changes by area (at most three), largest first.</summary>
    public required IReadOnlyList<TrendRow> Changes { get; init; }

    /// <summary>
    /// The brief with shorter lists, for when long texts would take it past two pages: at most
    /// <paramref name="actionsPerArea"/> first actions per focus area and <paramref name="listed"/> practices, gaps and changes.
    /// </summary>
    public BriefModel Shortened(int actionsPerArea, int listed) => this with
    {
        FirstActions = [.. FirstActions.GroupBy(action => action.Area, StringComparer.Ordinal).SelectMany(area => area.Take(actionsPerArea))],
        Strongest = [.. Strongest.Take(listed)],
        Weakest = [.. Weakest.Take(listed)],
        Gaps = [.. Gaps.Take(listed)],
        Changes = [.. Changes.Take(listed)],
    };
}

/// <summary>One first action of a focus area: the area, the action, who owns it and when it is due.</summary>
internal sealed record BriefAction(string Area, string Action, string Owner, string When);

/// <summary>One practice with its area and score.</summary>
internal sealed record PracticeRow(string Practice, string Area, string Score);
