using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Client.Tests;

[CollectionDefinition(Name)]
public sealed class AzuriteTests : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}

/// <summary>The real API over Azurite (its own tables, an admin key), reached by the client through the test server.</summary>
public sealed class ApiOverAzurite(AzuriteFixture azurite) : WebApplicationFactory<Program>
{
    public const string AdminKey = "7CJ6zrqSJkwGVFar2XXtaHwwbUrRunfoMO8XzQ5QCBk";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Wellness:AdminKey", AdminKey);
        builder.UseSetting("Wellness:Storage:ConnectionString", azurite.ConnectionString);
        builder.UseSetting("Wellness:Storage:TablePrefix", AzuriteFixture.UniquePrefix());
    }

    /// <summary>Services whose HTTP clients all go to this test server (it stands in for a deployment).</summary>
    public ServiceCollection NewServices()
    {
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => Server.CreateHandler()));
        return services;
    }

    /// <summary>Creates an agency through the client with the admin key; returns its id and key.</summary>
    public async Task<(string Id, string Key)> CreateAgencyAsync(string name)
    {
        var services = NewServices();
        services.AddWellnessClient(options =>
        {
            options.BaseAddress = Server.BaseAddress;
            options.AdminKey = AdminKey;
        });
        await using var provider = services.BuildServiceProvider();
        var created = await provider.GetRequiredService<IWellnessApiClient>().CreateAgencyAsync(new CreateAgencyRequest { Name = name });
        return (created.Id, created.Key);
    }
}
