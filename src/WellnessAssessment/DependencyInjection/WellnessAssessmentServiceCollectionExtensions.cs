using Microsoft.Extensions.DependencyInjection.Extensions;
using WellnessAssessment.Instruments;
using WellnessAssessment.Scoring;

// Extension methods for IServiceCollection live in its namespace, so that AddWellnessAssessment needs no extra using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the library's services for hosts that use dependency injection.</summary>
public static class WellnessAssessmentServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ScoringOptions"/>, the built-in <see cref="InstrumentCatalog"/> and an
    /// <see cref="AssessmentScorer"/> as singletons. A catalog registered before this call is kept.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="options">The scoring options; <see cref="ScoringOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="WellnessAssessment.Validation.AssessmentValidationException">An option is out of range.</exception>
    public static IServiceCollection AddWellnessAssessment(this IServiceCollection services, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var scorer = new AssessmentScorer(options ?? ScoringOptions.Default);
        services.TryAddSingleton(scorer.Options);
        services.TryAddSingleton(scorer);
        services.TryAddSingleton(_ => InstrumentCatalog.BuiltIn);
        return services;
    }
}
