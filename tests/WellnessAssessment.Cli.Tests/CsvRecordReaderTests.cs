using WellnessAssessment.Cli.Csv;
using WellnessAssessment.Cli.Infrastructure;

namespace WellnessAssessment.Cli.Tests;

public sealed class CsvRecordReaderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wellness-csv-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Rows_QuotedFields_KeepSeparatorsDoubledQuotesAndLineBreaks()
    {
        using var reader = Read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,,\r\n");
        var rows = reader.Rows().ToList();

        Assert.Equal(["a", "b", "c"], reader.Header);
        Assert.Equal(',', reader.Separator);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["x, y", "say \"hi\"", "two\r\nlines"], rows[0].Cells);
        Assert.Equal(2, rows[0].Number);
        Assert.Equal(["last", "", ""], rows[1].Cells);
        Assert.Equal(3, rows[1].Number);
    }

    [Theory]
    [InlineData("a;b;c\nx;y;z", ';')]
    [InlineData("a,b;c\nx,y;z", ',')]
    [InlineData("\"a;b\",c\nx,y", ',')]
    [InlineData("\"a,b\";c;d\nx;y;z", ';')]
    public void DetectSeparator_FollowsTheHeaderOutsideQuotes(string text, char expected) =>
        Assert.Equal(expected, CsvRecordReader.DetectSeparator(new StringReader(text)));

    [Fact]
    public void Rows_SemicolonFile_AreSplitOnSemicolons_AndTheLastLineWithoutLineBreakIsARow()
    {
        using var reader = Read("a;b\n1;2");

        Assert.Equal(["1", "2"], Assert.Single(reader.Rows()).Cells);
    }

    [Fact]
    public void Rows_BlankLines_AreRows_SoLaterRowNumbersMatchTheSpreadsheet()
    {
        using var reader = Read("a,b\n\n1,2\n");
        var rows = reader.Rows().ToList();

        Assert.True(rows[0].IsBlank);
        Assert.Equal(3, rows[1].Number);
    }

    [Fact]
    public void Rows_WithBom_ReadTheHeaderWithoutIt()
    {
        using var reader = Read("\uFEFFgroup,a\nx,1\n");

        Assert.Equal(["group", "a"], reader.Header);
    }

    [Fact]
    public void Rows_UnclosedQuote_NamesTheRow()
    {
        using var reader = Read("a,b\n1,2\n3,\"never closed\n");

        var error = Assert.Throws<BadInputException>(() => reader.Rows().ToList());

        Assert.Equal("t.csv: row 3: a quoted field is never closed (is the file truncated?).", error.Message);
    }

    [Fact]
    public void Rows_TextAfterAClosingQuote_NamesTheRow()
    {
        using var reader = Read("a,b\n\"1\"x,2\n");

        var error = Assert.Throws<BadInputException>(() => reader.Rows().ToList());

        Assert.Equal("t.csv: row 2: text after a closing quote; a quote inside a quoted field must be doubled (\"\").", error.Message);
    }

    [Fact]
    public void Rows_QuoteInsideAnUnquotedValue_IsKeptAsText()
    {
        using var reader = Read("a,b\n5\" tall,2\n");

        Assert.Equal(["5\" tall", "2"], Assert.Single(reader.Rows()).Cells);
    }

    [Fact]
    public void Header_OnlyBlankLines_IsRefused()
    {
        var error = Assert.Throws<BadInputException>(() => Read("\n\n"));

        Assert.Equal("t.csv: the file has no header row; expected a header with a group column and one column per item.", error.Message);
    }

    [Fact]
    public void Rows_NotUtf8_IsRefusedWithTheUsualMessage()
    {
        var path = Path.Combine(_folder.FullName, "latin1.csv");
        File.WriteAllBytes(path, [.. "group,a\nOfficer,"u8, 0xE9, (byte)'\n']);
        var error = Assert.Throws<BadInputException>(() =>
        {
            using var reader = new CsvRecordReader(path, "t.csv");
            return reader.Rows().ToList();
        });

        Assert.Equal("t.csv: the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in Excel) and try again.", error.Message);
    }

    private CsvRecordReader Read(string text)
    {
        var path = Path.Combine(_folder.FullName, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
        return new CsvRecordReader(path, "t.csv");
    }
}
