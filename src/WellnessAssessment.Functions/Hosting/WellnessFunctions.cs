using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WellnessAssessment.Storage;

namespace WellnessAssessment.Functions.Hosting;

/// <summary>
/// The worker's services and middleware, from the same configuration as the ASP.NET Core host: section <c>Wellness</c>
/// (app settings <c>Wellness__AdminKey</c> and so on), the table store at <c>Wellness:Storage:ConnectionString</c> or
/// else <c>AzureWebJobsStorage</c>. The tests build the same services through <see cref="AddWellnessFunctionServices"/>.
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
        services.AddWellnessStorage(StorageOptions(configuration));
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
