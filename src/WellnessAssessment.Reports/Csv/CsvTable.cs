using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace WellnessAssessment.Reports.Csv;

/// <summary>
/// The one CSV writer of the product (CsvHelper): the CLI's survey template and legend, the register's export and the
/// invitation codes. RFC 4180: lines end in CRLF; a field is quoted when it holds a comma, a quote, a line break or a
/// semicolon (the list separator of spreadsheets in many locales), or starts or ends with a space; a field that a
/// spreadsheet would run as a formula (it starts with <c>=</c>, <c>@</c>, <c>+</c>, <c>-</c>, a tab or a carriage return)
/// is escaped with a leading apostrophe. UTF-8, with a byte-order mark only when asked (spreadsheet programs need it to
/// read accents in a downloaded file).
/// </summary>
internal static class CsvTable
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        InjectionOptions = InjectionOptions.Escape,
        ShouldQuote = args => args.Field is { Length: > 0 } field
            && (field.AsSpan().IndexOfAny(",\";\r\n") >= 0 || field[0] == ' ' || field[^1] == ' '),
    };

    /// <summary>The rows as CSV text.</summary>
    /// <param name="rows">The rows, the header first when there is one; every cell is text (<see langword="null"/> is an empty cell).</param>
    public static string ToText(IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(text, rows);
        return text.ToString();
    }

    /// <summary>The rows as UTF-8 CSV bytes.</summary>
    /// <param name="rows">The rows, the header first when there is one; every cell is text (<see langword="null"/> is an empty cell).</param>
    /// <param name="byteOrderMark">Whether the bytes start with the UTF-8 byte-order mark.</param>
    public static byte[] ToUtf8(IEnumerable<IReadOnlyList<string?>> rows, bool byteOrderMark)
    {
        var text = ToText(rows);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: byteOrderMark);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
    }

    private static void Write(TextWriter text, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var csv = new CsvWriter(text, Configuration, leaveOpen: true);
        foreach (var row in rows)
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell);
            }

            csv.NextRecord();
        }
    }
}
