using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WellnessAssessment.Service;
using WellnessAssessment.Service.Access;
using WellnessAssessment.Service.Agencies;
using WellnessAssessment.Service.Audit;
using WellnessAssessment.Service.Cycles;
using WellnessAssessment.Service.Events;
using WellnessAssessment.Service.Health;
using WellnessAssessment.Service.Limits;
using WellnessAssessment.Storage;

// Extension methods for IServiceCollection live in its namespace.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the application layer for any host (ASP.NET Core, Azure Functions, a test).</summary>
public static class WellnessServiceCollectionExtensions
{
    /// <summary>
    /// Registers the scoring core, the stores over <paramref name="storage"/>, the key policy, the business events and
    /// one service per feature. The host binds <see cref="WellnessApiOptions"/> (configuration section <c>Wellness</c>);
    /// a weak admin key fails the start (<see cref="AdminKeyStrength"/>).
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="storage">Where and how to reach the table store.</param>
    public static IServiceCollection AddWellnessService(this IServiceCollection services, WellnessStorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        services.AddWellnessAssessment();
        services.AddWellnessStorage(storage);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WellnessApiOptions>, AdminKeyStrength>());
        services.AddOptions<WellnessApiOptions>().ValidateOnStart();
        services.TryAddSingleton<ServiceEvents>();
        services.TryAddSingleton<KeyPolicy>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WellnessApiOptions>, TrustedProxyValidation>());
        services.TryAddSingleton<ClientAddresses>();
        services.TryAddSingleton<ClientLimits>();
        services.TryAddSingleton<WellnessAssessment.Service.Drafts.DraftService>();
        services.TryAddSingleton<WellnessAssessment.Service.Surveys.InvitationGate>();
        services.TryAddSingleton<WellnessAssessment.Service.Surveys.SurveyService>();
        services.TryAddSingleton<HealthService>();
        services.TryAddSingleton<AgencyService>();
        services.TryAddSingleton<AuditService>();
        services.TryAddSingleton<CycleResults>();
        services.TryAddSingleton<CycleService>();
        services.TryAddSingleton<FocusAreaService>();
        services.TryAddSingleton<WellnessAssessment.Service.Register.RegisterService>();
        services.TryAddSingleton<WellnessAssessment.Service.Instruments.InstrumentService>();
        services.TryAddSingleton<WellnessAssessment.Service.Scoring.ScoringService>();
        services.TryAddSingleton<WellnessAssessment.Service.Results.ResultsService>();
        services.TryAddSingleton<WellnessAssessment.Service.Norms.DeploymentNorms>();
        services.TryAddSingleton<WellnessAssessment.Service.Norms.NormsService>();
        services.TryAddSingleton<WellnessAssessment.Service.Invitations.InvitationService>();
        return services;
    }
}
