using Microsoft.Extensions.Options;
using WellnessAssessment.Client;

// The extension lives in the DI namespace, as Microsoft.Extensions.* registrations do.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers the WellnessAssessment API client.</summary>
public static class WellnessClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IWellnessApiClient"/> as a typed client of <see cref="IHttpClientFactory"/>: the base address
    /// and keys from <paramref name="configure"/>, the right key per route, and every error response thrown as a
    /// <see cref="WellnessProblemException"/>. The returned builder adds resilience or logging handlers.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the base address and the keys.</param>
    /// <returns>The HTTP client builder of the typed client.</returns>
    public static IHttpClientBuilder AddWellnessClient(this IServiceCollection services, Action<WellnessClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var name = nameof(IWellnessApiClient);
        services.AddOptions<WellnessClientOptions>(name)
            .Configure(configure)
            .Validate(options => options.BaseAddress is { IsAbsoluteUri: true }, "WellnessClientOptions.BaseAddress must be an absolute address.");
        return services.AddHttpClient<IWellnessApiClient, WellnessApiClient>(name, (provider, http) =>
                http.BaseAddress = provider.GetRequiredService<IOptionsMonitor<WellnessClientOptions>>().Get(name).BaseAddress)
            .AddHttpMessageHandler(provider => new KeyHandler(provider.GetRequiredService<IOptionsMonitor<WellnessClientOptions>>(), name))
            .AddHttpMessageHandler(() => new ProblemDetailsHandler());
    }
}
