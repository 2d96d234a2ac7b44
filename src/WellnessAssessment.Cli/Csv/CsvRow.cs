namespace WellnessAssessment.Cli.Csv;

/// <summary>One CSV record and the spreadsheet row number it came from (the header is row 1).</summary>
internal sealed record CsvRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column < Cells.Count ? Cells[column] : string.Empty;

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
