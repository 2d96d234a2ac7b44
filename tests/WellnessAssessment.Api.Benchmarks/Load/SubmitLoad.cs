using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using WellnessAssessment.Serialization;
using WellnessAssessment.Storage;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Responses;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Benchmarks.Load;

/// <summary>
/// A bounded load run on loopback: N respondents submit the one-respondent body of
/// <c>assessments/examples/small-agency-chief.json</c> (each submission a new respondent id) into one cycle of the API
/// (its own Kestrel process over Azurite) for T seconds; the cycle is closed halfway. Prints accepted submissions per
/// second while open, the count of each status, and checks that every 200 is in the results, that nothing refused was
/// stored, and that nothing was accepted after the close answered. Exit code 1 when a check fails or a status ≥ 500 was seen.
/// </summary>
internal static class SubmitLoad
{
    private const string AdminKey = "3HY9TiCahk5owAKn1WeBMDrbo4mG1J1xLL3eL4tfJrk";

    public static async Task<int> RunAsync(SubmitLoadOptions options)
    {
        await using var azurite = new AzuriteFixtureHandle();
        await azurite.Fixture.InitializeAsync().ConfigureAwait(false);
        await using var api = await ApiProcess.StartAsync(azurite.Fixture, AdminKey, CancellationToken.None).ConfigureAwait(false);
        using var client = Client(api.BaseAddress, options.Concurrency);
        var (agencyId, cycleId, token) = await OpenCycleAsync(client).ConfigureAwait(false);
        var template = Template();

        var clock = Stopwatch.StartNew();
        var outcomes = new ConcurrentBag<Outcome>();
        var closeAnswered = long.MaxValue;
        var closeStatus = 0;
        using var stop = new CancellationTokenSource(options.Duration);
        var workers = Enumerable.Range(0, options.Concurrency).Select(worker => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                outcomes.Add(await SubmitAsync(client, token, template, $"load-{worker}-{n}", clock).ConfigureAwait(false));
            }
        })).ToList();
        var close = Task.Run(async () =>
        {
            await Task.Delay(options.Duration / 2).ConfigureAwait(false);
            using var closed = await client.SendAsync(Staff(HttpMethod.Post, $"api/agencies/{agencyId}/assessments/{cycleId}/close", agencyKey: client.DefaultRequestHeaders.Authorization)).ConfigureAwait(false);
            closeStatus = (int)closed.StatusCode;
            Interlocked.Exchange(ref closeAnswered, clock.ElapsedTicks);
        });
        await Task.WhenAll([.. workers, close]).ConfigureAwait(false);

        var stored = await StoredRespondentsAsync(azurite.Fixture, api.TablePrefix, agencyId, cycleId).ConfigureAwait(false);
        var resultsCount = await ResultsRespondentsAsync(client, agencyId, cycleId).ConfigureAwait(false);
        return Report(options, [.. outcomes], closeAnswered, closeStatus, stored, resultsCount);
    }

    private static int Report(SubmitLoadOptions options, IReadOnlyList<Outcome> outcomes, long closeAnswered, int closeStatus, IReadOnlySet<string> stored, int resultsCount)
    {
        var accepted = outcomes.Where(o => o.Status == 200).ToList();
        var openSeconds = (double)closeAnswered / Stopwatch.Frequency;
        var acceptedAfterClose = accepted.Count(o => o.Started > closeAnswered);
        var refusedAfterClose = outcomes.Count(o => o.Status == 409 && o.Started > closeAnswered);
        var lost = accepted.Count(o => !stored.Contains(o.RespondentId));
        var acceptedIds = accepted.Select(o => o.RespondentId).ToHashSet(StringComparer.Ordinal);
        var refusedButStored = stored.Count(id => !acceptedIds.Contains(id));
        var serverErrors = outcomes.Count(o => o.Status >= 500 || o.Status == 0);
        var ok = closeStatus == 200 && acceptedAfterClose == 0 && lost == 0 && refusedButStored == 0 && serverErrors == 0 && resultsCount == accepted.Count;

        var line = string.Create(CultureInfo.InvariantCulture, $"concurrency {options.Concurrency}, {options.Duration.TotalSeconds:0} s, close answered {closeStatus} at {openSeconds:0.0} s");
        Console.WriteLine(line);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accepted {accepted.Count} ({accepted.Count / openSeconds:0.0}/s while open)"));
        Console.WriteLine("statuses: " + string.Join(", ", outcomes.GroupBy(o => o.Status).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{(g.Key == 0 ? "no answer" : g.Key.ToString(CultureInfo.InvariantCulture))}: {g.Count()}"))));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"refused after close answered: {refusedAfterClose}; accepted after close answered: {acceptedAfterClose}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stored {stored.Count}, results count {resultsCount}; 200s missing from the store: {lost}; refused but stored: {refusedButStored}; status >= 500: {serverErrors}"));
        Console.WriteLine(ok ? "CHECKS PASSED" : "CHECKS FAILED");
        return ok ? 0 : 1;
    }

    private static async Task<Outcome> SubmitAsync(HttpClient client, string token, JsonObject template, string respondentId, Stopwatch clock)
    {
        var body = template.DeepClone().AsObject();
        body["respondentId"] = respondentId;
        var started = clock.ElapsedTicks;
        try
        {
            using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(new Uri($"api/surveys/{token}/responses", UriKind.Relative), content).ConfigureAwait(false);
            // The server issues the respondent id (any in the body is ignored): an accepted answer is known by its receipt's.
            var issued = response.StatusCode == HttpStatusCode.OK
                ? (await response.Content.ReadFromJsonAsync<JsonObject>().ConfigureAwait(false))?["respondentId"]?.GetValue<string>()
                : null;
            return new Outcome(issued ?? respondentId, (int)response.StatusCode, started);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return new Outcome(respondentId, 0, started);
        }
    }

    private static async Task<(string AgencyId, string CycleId, string Token)> OpenCycleAsync(HttpClient client)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        var agency = await ReadAsync(await client.PostAsJsonAsync(new Uri("api/agencies", UriKind.Relative), new { name = "Load PD" }).ConfigureAwait(false)).ConfigureAwait(false);
        var agencyId = agency["id"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", agency["key"]!.GetValue<string>());
        var cycle = await ReadAsync(await client.PostAsJsonAsync(new Uri($"api/agencies/{agencyId}/assessments", UriKind.Relative), new { title = "Load", instrumentId = "safer-together", instrumentVersion = "1.0.0" }).ConfigureAwait(false)).ConfigureAwait(false);
        return (agencyId, cycle["id"]!.GetValue<string>(), cycle["respondentToken"]!.GetValue<string>());
    }

    private static HttpRequestMessage Staff(HttpMethod method, string path, AuthenticationHeaderValue? agencyKey) =>
        new(method, new Uri(path, UriKind.Relative)) { Headers = { Authorization = agencyKey } };

    private static async Task<int> ResultsRespondentsAsync(HttpClient client, string agencyId, string cycleId)
    {
        using var response = await client.GetAsync(new Uri($"api/agencies/{agencyId}/assessments/{cycleId}/results", UriKind.Relative)).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return WellnessJson.ReadResult(await response.Content.ReadAsStringAsync().ConfigureAwait(false)).Respondents ?? 0;
    }

    private static async Task<IReadOnlySet<string>> StoredRespondentsAsync(AzuriteFixture azurite, string prefix, string agencyId, string cycleId)
    {
        var tables = new WellnessTables(new TableServiceClient(azurite.ConnectionString), new WellnessStorageOptions { TablePrefix = prefix });
        var cycle = await new CycleStore(tables, TimeProvider.System).GetAsync(agencyId, cycleId, default).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The cycle is gone.");
        var responses = await new ResponseStore(tables, TimeProvider.System).ReadAllAsync(cycle, default).ConfigureAwait(false);
        return responses.Select(r => r.RespondentId).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The first respondent of the small-agency example, as the body of one submission.</summary>
    private static JsonObject Template()
    {
        var path = Path.Combine(AzuriteFixture.FindRoot(), "assessments", "examples", "small-agency-chief.json");
        return JsonNode.Parse(File.ReadAllText(path))!["responses"]![0]!.DeepClone().AsObject();
    }

    private static HttpClient Client(Uri baseAddress, int concurrency) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency + 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Created))
            {
                throw new InvalidOperationException($"Setup failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync().ConfigureAwait(false)}");
            }

            return JsonNode.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false))!;
        }
    }

    private sealed record Outcome(string RespondentId, int Status, long Started);

    /// <summary>Disposes the Azurite fixture (an xunit IAsyncLifetime) with await using.</summary>
    private sealed class AzuriteFixtureHandle : IAsyncDisposable
    {
        public AzuriteFixture Fixture { get; } = new();

        public async ValueTask DisposeAsync() => await Fixture.DisposeAsync().ConfigureAwait(false);
    }
}
