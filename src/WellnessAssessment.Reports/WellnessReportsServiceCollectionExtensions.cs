using Microsoft.Extensions.DependencyInjection.Extensions;
using WellnessAssessment.Reports;

// Extension methods for IServiceCollection live in its namespace.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the report writers for hosts that use dependency injection.</summary>
public static class WellnessReportsServiceCollectionExtensions
{
    /// <summary>Registers <see cref="PdfReportWriter"/>, <see cref="HtmlReportWriter"/> and <see cref="ExecutiveBriefWriter"/> as singletons with the given options.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="options">The report options; defaults when <see langword="null"/>.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddWellnessReports(this IServiceCollection services, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(provider => new PdfReportWriter(options, provider.GetService<TimeProvider>()));
        services.TryAddSingleton(provider => new HtmlReportWriter(options, provider.GetService<TimeProvider>()));
        services.TryAddSingleton(provider => new ExecutiveBriefWriter(options, provider.GetService<TimeProvider>()));
        return services;
    }
}
