using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WellnessAssessment.Instruments;
using WellnessAssessment.Serialization;
using WellnessAssessment.Testing;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Api.Benchmarks;

/// <summary>
/// GET …/results end to end: the whole API (routing, agency key, storage) over a real Azurite, for a cycle whose
/// responses were bulk-imported through the API. Goal: under 3 s for 10,000 responses of an open cycle; a closed
/// cycle's results are its stored snapshot (goal: under 100 ms whatever the number of responses).
/// </summary>
[Config(typeof(Config))]
public class ResultsBenchmarks
{
    private const string AdminKey = "v7VMCzqReqhjJlKDWwvC2G2ZZFslIfl39pOIbBk";
    private readonly AzuriteFixture _azurite = new();
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _staff = null!;
    private Uri _results = null!;
    private Uri _closedResults = null!;

    [Params(1_000, 10_000)]
    public int Respondents { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        await _azurite.InitializeAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseContentRoot(Path.Combine(AzuriteFixture.FindRoot(), "src", "WellnessAssessment.Api"));
            builder.UseSetting("Wellness:AdminKey", AdminKey);
            builder.UseSetting("Wellness:Storage:ConnectionString", _azurite.ConnectionString);
            builder.UseSetting("Wellness:Storage:TablePrefix", AzuriteFixture.UniquePrefix());
            builder.UseSetting("Wellness:MaxImportBytes", (256 << 20).ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });

        var admin = Client(AdminKey);
        var agency = await ReadAsync(await admin.PostAsJsonAsync("/api/agencies", new { name = "Benchmark PD" }));
        _staff = Client(agency["key"]!.GetValue<string>());
        var agencyId = agency["id"]!.GetValue<string>();
        var set = ExampleResponseSets.Large(InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0")!, Respondents);
        var json = WellnessJson.Serialize(set);
        var open = await ImportedCycleAsync(agencyId, json);
        var closed = await ImportedCycleAsync(agencyId, json);
        (await _staff.PostAsync($"/api/agencies/{agencyId}/assessments/{closed}/close", null)).EnsureSuccessStatusCode();
        _results = new Uri($"/api/agencies/{agencyId}/assessments/{open}/results", UriKind.Relative);
        _closedResults = new Uri($"/api/agencies/{agencyId}/assessments/{closed}/results", UriKind.Relative);
    }

    private async Task<string> ImportedCycleAsync(string agencyId, string json)
    {
        var cycle = await ReadAsync(await _staff.PostAsJsonAsync($"/api/agencies/{agencyId}/assessments", new { title = "Benchmark", instrumentId = "safer-together", instrumentVersion = "1.0.0" }));
        var cycleId = cycle["id"]!.GetValue<string>();
        using var body = new StringContent(json, Encoding.UTF8, "application/json");
        (await _staff.PostAsync($"/api/agencies/{agencyId}/assessments/{cycleId}/responses/import", body)).EnsureSuccessStatusCode();
        return cycleId;
    }

    [Benchmark(Description = "GET results of a closed cycle (read the stored snapshot, trend lookup, serialize)")]
    public async Task<int> GetClosedResultsAsync()
    {
        using var response = await _staff.GetAsync(_closedResults);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    [Benchmark(Description = "GET results (stream partition, score, serialize)")]
    public async Task<int> GetResultsAsync()
    {
        using var response = await _staff.GetAsync(_results);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _staff.Dispose();
        await _factory.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    private HttpClient Client(string key)
    {
        var client = _factory.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In process: the API runs inside WebApplicationFactory, which needs the benchmark's own output folder.
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(2).WithIterationCount(10).WithInvocationCount(1).WithUnrollFactor(1));
            AddDiagnoser(MemoryDiagnoser.Default);
        }
    }
}
