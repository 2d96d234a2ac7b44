using System.Diagnostics;
using System.Text.Json.Serialization;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WellnessAssessment.Http;
using WellnessAssessment.Serialization;
using WellnessAssessment.Service;
using WellnessAssessment.Storage;

namespace WellnessAssessment.Functions.Hosting;

/// <summary>
/// The worker's services and middleware, from the same configuration as the ASP.NET Core host: section <c>Wellness</c>
/// (app settings <c>Wellness__AdminKey</c> and so on; a weak admin key stops the start), the table store at
/// <c>Wellness:Storage:ConnectionString</c> or else <c>AzureWebJobsStorage</c>. The tests build the same services
/// through <see cref="AddWellnessFunctionServices"/>.
/// </summary>
internal static class WellnessFunctions
{
    /// <summary>Adds the services and the worker middleware.</summary>
    public static FunctionsApplicationBuilder AddWellnessFunctions(this FunctionsApplicationBuilder builder)
    {
        builder.Services.AddWellnessFunctionServices(builder.Configuration);
        builder.UseMiddleware<HttpMiddleware>();
        return builder;
    }

    /// <summary>The worker's services over <paramref name="configuration"/> (also what the in-process tests run).</summary>
    public static IServiceCollection AddWellnessFunctionServices(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Wellness");
        services.Configure<WellnessApiOptions>(section);
        // The Functions host forwards every request from loopback with the client in X-Forwarded-For: read it.
        services.PostConfigure<WellnessApiOptions>(options => options.TrustedProxies.BehindLoopbackProxy = true);
        services.AddWellnessService(StorageOptions(configuration));
        // The answers' JSON and problem bodies as the ASP.NET Core host writes them (the shared resolvers first).
        services.ConfigureHttpJsonOptions(options =>
        {
            for (var i = 0; i < HttpJson.Resolvers.Count; i++)
            {
                options.SerializerOptions.TypeInfoResolverChain.Insert(i, HttpJson.Resolvers[i]);
            }

            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            options.SerializerOptions.Encoder = WellnessJson.Options.Encoder;
        });
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
        return services;
    }

    /// <summary>The table store's options: <c>Wellness:Storage</c>, its connection string falling back to <c>AzureWebJobsStorage</c>.</summary>
    public static WellnessStorageOptions StorageOptions(IConfiguration configuration)
    {
        var section = configuration.GetSection("Wellness");
        return (section.GetSection("Storage").Get<WellnessStorageOptions>() ?? new WellnessStorageOptions()) with
        {
            ConnectionString = section["Storage:ConnectionString"] ?? configuration["AzureWebJobsStorage"] ?? "UseDevelopmentStorage=true",
        };
    }
}
