using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using WellnessAssessment.Service.Register;

namespace WellnessAssessment.Http.Register;

/// <summary>
/// The register's table as CSV (RFC 4180 via CsvHelper): UTF-8 with a byte-order mark so spreadsheet programs read
/// accents, CRLF rows, cells a spreadsheet would run as a formula escaped. What the rows hold is the service's.
/// </summary>
public static class RegisterCsvWriter
{
    /// <summary>The bytes of <paramref name="table"/>: its header row, then its rows.</summary>
    /// <param name="table">The table.</param>
    public static byte[] Write(RegisterTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n", InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var row in table.Rows.Prepend(table.Columns))
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell);
                }

                csv.NextRecord();
            }
        }

        return buffer.ToArray();
    }
}
