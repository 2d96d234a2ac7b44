using WellnessAssessment.Cli.Csv;
using WellnessAssessment.Cli.Infrastructure;

namespace WellnessAssessment.Cli.Tests;

public sealed class CsvParserTests
{
    [Fact]
    public void Parse_QuotedFields_KeepSeparatorsDoubledQuotesAndLineBreaks()
    {
        var table = CsvParser.Parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,,\r\n", "t.csv");

        Assert.Equal(["a", "b", "c"], table.Header);
        Assert.Equal(',', table.Separator);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["x, y", "say \"hi\"", "two\r\nlines"], table.Rows[0].Cells);
        Assert.Equal(2, table.Rows[0].Number);
        Assert.Equal(["last", "", ""], table.Rows[1].Cells);
        Assert.Equal(3, table.Rows[1].Number);
    }

    [Theory]
    [InlineData("a;b;c\nx;y;z", ';')]
    [InlineData("a,b;c\nx,y;z", ',')]
    [InlineData("\"a;b\",c\nx,y", ',')]
    [InlineData("\"a,b\";c;d\nx;y;z", ';')]
    public void DetectSeparator_FollowsTheHeaderOutsideQuotes(string text, char expected) =>
        Assert.Equal(expected, CsvParser.DetectSeparator(text));

    [Fact]
    public void Parse_LastLineWithoutLineBreak_IsARow()
    {
        var table = CsvParser.Parse("a;b\n1;2", "t.csv");

        Assert.Equal(["1", "2"], Assert.Single(table.Rows).Cells);
    }

    [Fact]
    public void Parse_UnclosedQuote_NamesTheRow()
    {
        var error = Assert.Throws<BadInputException>(() => CsvParser.Parse("a,b\n1,2\n3,\"never closed\n", "t.csv"));

        Assert.Equal("t.csv: row 3: a quoted field is never closed (is the file truncated?).", error.Message);
    }

    [Fact]
    public void Parse_TextAfterAClosingQuote_NamesTheRow()
    {
        var error = Assert.Throws<BadInputException>(() => CsvParser.Parse("a,b\n\"1\"x,2\n", "t.csv"));

        Assert.Equal("t.csv: row 2: text after a closing quote; a quote inside a quoted field must be doubled (\"\").", error.Message);
    }
}
