using System.Text;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Reports.Tests;

public sealed class HtmlReportWriterTests
{
    private static string Render(AssessmentResult result)
    {
        using var stream = new MemoryStream();
        new HtmlReportWriter(new ReportOptions { CreatedAt = ReportScenarios.FixedDate }).Write(result, ReportScenarios.SaferTogether, stream);
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
}
