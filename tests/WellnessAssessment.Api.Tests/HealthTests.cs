using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WellnessAssessment.Storage;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

/// <summary>Liveness, readiness, and how long a dead store keeps a request.</summary>
public sealed class HealthTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private WebApplicationFactory<Program> Api(string connectionString, params (string Key, string Value)[] settings) =>
        new ApiFactory(azurite).WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Wellness:Storage:ConnectionString", connectionString);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    [Fact]
    public async Task Health_IsLiveness_AndNeverAsksTheStore()
    {
        using var store = new SilentStore();
        using var api = Api(store.ConnectionString);

        var response = await api.CreateClient().GetAsync(new Uri("/api/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"ok"}""", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, store.Connections);
    }

    [Fact]
    public async Task Readiness_Is503WhileTheStoreIsStopped_And200WhenItIsBack()
    {
        await using var store = new LocalAzurite();
        await store.StartAsync();
        using var api = Api(store.ConnectionString);
        var client = api.CreateClient();
        var ready = new Uri("/api/health/ready", UriKind.Relative);

        var before = await client.GetAsync(ready);
        await store.StopAsync();
        var during = await client.GetAsync(ready);
        var liveDuring = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
        await store.StartAsync();
        var after = await client.GetAsync(ready);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("""{"status":"ready","store":"ok"}""", await before.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.Equal("application/problem+json", during.Content.Headers.ContentType!.MediaType);
        var problem = await Json.ReadAsync(during);
        Assert.Equal("Not ready", problem["title"]!.GetValue<string>());
        Assert.Equal("unavailable", problem["store"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, liveDuring.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Readiness_AgainstAStoreThatDoesNotAnswer_Is503WithinItsTimeout()
    {
        using var store = new SilentStore();
        using var api = Api(store.ConnectionString, ("Wellness:ReadinessTimeout", "00:00:01"));
        var client = api.CreateClient(); // starts the host, which is not part of the wait

        var clock = Stopwatch.StartNew();
        var response = await client.GetAsync(new Uri("/api/health/ready", UriKind.Relative));
        clock.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("The table store did not answer within 1 s; this instance cannot serve requests that need it.", (await Json.ReadAsync(response))["detail"]!.GetValue<string>());
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task DeadStore_WithTheDefaults_A503ComesWithinTenSeconds_AfterThreeAttempts()
    {
        var defaults = new WellnessStorageOptions();
        using var store = new SilentStore();
        using var api = Api(store.ConnectionString);
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "some-agency-key");

        var clock = Stopwatch.StartNew();
        var response = await client.GetAsync(new Uri("/api/agencies/riverside-pd/assessments", UriKind.Relative));
        clock.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Storage unavailable", (await Json.ReadAsync(response))["title"]!.GetValue<string>());
        Assert.Equal(3, store.Connections); // the first attempt and MaxRetries = 2 retries, each cut by the network timeout
        Assert.Equal(8.22, defaults.StoreCallBound.TotalSeconds, 3);
        // The ten-second promise is the configured bound above (8.22 s); the wall clock only shows the three timeouts were
        // waited, with slack for a machine busy with other test projects (they run in parallel).
        Assert.InRange(clock.Elapsed, defaults.NetworkTimeout * 3, defaults.StoreCallBound + TimeSpan.FromSeconds(6));
    }

    [Fact]
    public async Task DeadStore_TimeoutAndRetriesComeFromConfiguration()
    {
        var configured = new WellnessStorageOptions { NetworkTimeout = TimeSpan.FromSeconds(0.5), MaxRetries = 1, RetryDelay = TimeSpan.FromSeconds(0.1) };
        using var store = new SilentStore();
        using var api = Api(store.ConnectionString, ("Wellness:Storage:NetworkTimeout", "00:00:00.5"), ("Wellness:Storage:MaxRetries", "1"), ("Wellness:Storage:RetryDelay", "00:00:00.1"));

        var admin = api.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", ApiFactory.AdminKey);
        var clock = Stopwatch.StartNew();
        var created = await admin.PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "Riverside PD" }));
        clock.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, created.StatusCode);
        Assert.Equal(2, store.Connections);
        // Two attempts of 0.5 s each, and well under what the defaults would take (a loaded machine adds its own delay).
        Assert.InRange(clock.Elapsed, configured.NetworkTimeout * 2, new WellnessStorageOptions().StoreCallBound);
    }

    [Fact]
    public void StorageOptions_OutOfRange_NameTheSetting()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new WellnessStorageOptions { NetworkTimeout = TimeSpan.Zero }.Validate());

        Assert.StartsWith("Wellness:Storage:NetworkTimeout must be more than 0 and at most 5 minutes.", exception.Message, StringComparison.Ordinal);
    }
}
