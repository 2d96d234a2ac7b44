using System.Text;
using WellnessAssessment.Reports.Csv;

namespace WellnessAssessment.Reports.Tests;

/// <summary>The one CSV writer: the bytes the CLI's template, the register's export and the invitation codes were written with before.</summary>
public sealed class CsvTableTests
{
    [Fact]
    public void Text_QuotesCommasQuotesLineBreaksAndSemicolons_AndEndsLinesInCrLf()
    {
        var text = CsvTable.ToText(
        [
            ["column", "allowed values"],
            ["training.academy", "0 = Not in place; 1 = Initial; DK = don't know"],
            ["a,b", "say \"yes\""],
            ["two\nlines", "plain"],
        ]);

        Assert.Equal(
            "column,allowed values\r\n" +
            "training.academy,\"0 = Not in place; 1 = Initial; DK = don't know\"\r\n" +
            "\"a,b\",\"say \"\"yes\"\"\"\r\n" +
            "\"two\nlines\",plain\r\n",
            text);
    }

    [Fact]
    public void Utf8_HasTheByteOrderMarkOnlyWhenAsked()
    {
        string[][] rows = [["code", "survey_url"], ["ABCD-EFGH", "https://example.org/s/t0k3n"]];

        var plain = CsvTable.ToUtf8(rows, byteOrderMark: false);
        var marked = CsvTable.ToUtf8([["Añasco PD"]], byteOrderMark: true);

        Assert.Equal("code,survey_url\r\nABCD-EFGH,https://example.org/s/t0k3n\r\n"u8.ToArray(), plain);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Añasco PD\r\n")], marked);
    }

    [Fact]
    public void CellsASpreadsheetWouldRunAsFormulas_AreEscaped()
    {
        var text = CsvTable.ToText([["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "plain"]]);

        // CsvHelper's escape (as the register's export had it): an apostrophe first, and the field quoted.
        Assert.Equal("\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1\",\"'-2\",\"'@SUM(A1)\",plain\r\n", text);
    }
}
