using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WellnessAssessment.Storage;
using WellnessAssessment.Storage.Agencies;
using WellnessAssessment.Storage.Audit;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Drafts;
using WellnessAssessment.Storage.Responses;
using WellnessAssessment.Storage.Results;

// Extension methods for IServiceCollection live in its namespace.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Table Storage stores.</summary>
public static class WellnessStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AgencyStore"/>, <see cref="CycleStore"/>, <see cref="ResponseStore"/>,
    /// <see cref="ResultStore"/>, <see cref="AuditTrail"/>, <see cref="StagingCleanup"/>, <see cref="DraftStore"/> and <see cref="DraftExpiry"/> over one
    /// <see cref="TableServiceClient"/> with the timeouts and retries of <paramref name="options"/>.
    /// </summary>
    public static IServiceCollection AddWellnessStorage(this IServiceCollection services, WellnessStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(new TableServiceClient(options.ConnectionString, options.CreateClientOptions()));
        services.AddSingleton<WellnessTables>();
        services.AddSingleton<AgencyStore>();
        services.AddSingleton<CycleStore>();
        services.AddSingleton<ResponseStore>();
        services.AddSingleton<ResultStore>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<StagingCleanup>();
        services.AddSingleton<WellnessAssessment.Storage.Register.ActionRegisterStore>();
        services.AddSingleton<WellnessAssessment.Storage.Norms.NormsStore>();
        services.AddSingleton<WellnessAssessment.Storage.Invitations.InvitationStore>();
        services.AddSingleton<DraftStore>();
        services.AddSingleton<DraftExpiry>();
        return services;
    }
}
