using Microsoft.Extensions.DependencyInjection;
using WellnessAssessment.Validation;

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
        var error = Assert.Throws<AssessmentValidationException>(() => pdf.Write(new ReportContent(ReportScenarios.Example("small-agency-chief.json"), ReportScenarios.SaferTogether), stream));
        Assert.StartsWith("The accent colour 'navy'", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
    }
}
