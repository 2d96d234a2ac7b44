using System.Text;

namespace WellnessAssessment.Cli.Csv;

/// <summary>Writes RFC 4180 CSV: fields with separators, quotes or line breaks are quoted; lines end in CRLF.</summary>
internal static class CsvWriter
{
    public static string Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var builder = new StringBuilder();
        foreach (var row in rows)
        {
            builder.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return builder.ToString();
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n;") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
