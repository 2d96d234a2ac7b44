using Microsoft.Extensions.DependencyInjection;

namespace WellnessAssessment.Reports.Tests;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void AddWellnessReports_RegistersBothWritersAsSingletonsWithTheOptions()
    {
        var services = new ServiceCollection().AddWellnessReports(new ReportOptions { AccentColor = "navy" });
        using var provider = services.BuildServiceProvider();

        var pdf = provider.GetRequiredService<PdfReportWriter>();
        Assert.Same(pdf, provider.GetRequiredService<PdfReportWriter>());
        Assert.NotNull(provider.GetRequiredService<HtmlReportWriter>());
        using var stream = new MemoryStream();
        var error = Assert.Throws<ArgumentException>(() => pdf.Write(ReportScenarios.Example("small-agency-chief.json"), ReportScenarios.SaferTogether, stream));
        Assert.StartsWith("The accent colour 'navy'", error.Message, StringComparison.Ordinal);
    }
}
