using System.Text;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Reports.Tests;

public sealed class HtmlReportWriterTests
{
    private static string Render(AssessmentResult result)
    {
        using var stream = new MemoryStream();
        new HtmlReportWriter().Write(new ReportContent(result, ReportScenarios.SaferTogether) { CreatedAt = ReportScenarios.FixedDate }, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Html_IsAccessible_WithLanguageHeadingsTableHeadersAndChartAlternatives()
    {
        var result = ReportScenarios.Example("mid-size-agency.json");

        var html = Render(result);

        Assert.StartsWith("<!doctype html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<h1>"));
        Assert.Contains("<th scope=\"col\">", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">", html, StringComparison.Ordinal);
        Assert.Contains("<caption>", html, StringComparison.Ordinal);
        Assert.Contains("<svg role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.All(result.Domains(), d => Assert.Contains(System.Net.WebUtility.HtmlEncode(d.Title), html, StringComparison.Ordinal));
        Assert.All(result.ActionPlan, a => Assert.Contains(System.Net.WebUtility.HtmlEncode(a.Action), html, StringComparison.Ordinal));
    }

    [Fact]
    public void Html_BadColour_IsAValidationError_BeforeAnyByteIsWritten()
    {
        using var stream = new MemoryStream();
        var writer = new HtmlReportWriter(new ReportOptions { AccentColor = "#12345" });

        var error = Assert.Throws<AssessmentValidationException>(() => writer.Write(new ReportContent(ReportScenarios.Example("small-agency-chief.json"), ReportScenarios.SaferTogether), stream));

        Assert.StartsWith("The accent colour '#12345' is not a colour: use \"#RRGGBB\", for example \"#1F4E79\".", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Html_WhenEveryGroupIsSuppressed_SaysSoWithoutAGapTable()
    {
        var html = Render(ReportScenarios.AllGroupsSuppressed());

        Assert.Contains("No leadership–frontline comparison can be shown for this assessment.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<caption>Leadership minus frontline, per area</caption>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_EscapesTheAgencyName()
    {
        using var stream = new MemoryStream();
        new HtmlReportWriter().Write(
            new ReportContent(ReportScenarios.Example("small-agency-chief.json"), ReportScenarios.SaferTogether) { CreatedAt = ReportScenarios.FixedDate, AgencyDisplayName = "<script>alert(1)</script> & Co" },
            stream);

        var html = Encoding.UTF8.GetString(stream.ToArray());

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", html, StringComparison.Ordinal);
    }
}
