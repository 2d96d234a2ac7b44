namespace WellnessAssessment.Cli.Csv;

/// <summary>A parsed CSV file: a header and data rows, each row with its line number in the file (the header is row 1).</summary>
internal sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<CsvRow> Rows, char Separator);

/// <summary>One data row and the spreadsheet row number it came from.</summary>
internal sealed record CsvRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column < Cells.Count ? Cells[column] : string.Empty;

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
