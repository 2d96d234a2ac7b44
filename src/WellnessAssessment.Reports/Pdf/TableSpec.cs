namespace WellnessAssessment.Reports.Pdf;

/// <summary>
/// The columns of a table: header texts, widths as fractions of the content width, which columns are right-aligned
/// (numbers), optionally one column that shows its 0–100 value as a bar beside the number, and one whose first line is bold.
/// </summary>
internal sealed record TableSpec(IReadOnlyList<string> Header, IReadOnlyList<float> Widths, float Size = 8.5f)
{
    public IReadOnlyList<int> RightAlignedColumns { get; init; } = [];

    public int BarColumn { get; init; } = -1;

    /// <summary>A column whose cells' first line (up to the first <c>\n</c>) is set in bold.</summary>
    public int BoldFirstLineColumn { get; init; } = -1;

    public bool RightAligned(int column) => RightAlignedColumns.Contains(column) || column == BarColumn;
}
