using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Responses;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

/// <summary>Many respondents submitting into one cycle while it closes: the gate shards settle every race without a 5xx.</summary>
public sealed class SubmissionLoadTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private const int Respondents = 64;

    // Submissions run 3 s before the close and 2 s after it answered (the close scores and stores the result, which
    // takes a while on a busy machine); 60 s bounds the whole run.
    private static readonly TimeSpan BeforeClose = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan AfterClose = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    // 64 writers against one single-threaded Azurite on a shared build machine can keep a request waiting longer than
    // the production network timeout (2.5 s); this test is about the race with close, so it gives the store time.
    private readonly ApiFactory _factory = new(azurite) { NetworkTimeout = "00:00:30", SubmissionsPerMinute = 1_000_000 };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Submit_64ConcurrentWithACloseMidLoad_No5xx_EveryAcceptedInResults_NoneAcceptedAfterClose()
    {
        var agency = await Json.ReadAsync(await _factory.ClientWithKey(ApiFactory.AdminKey).PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "Roll Call PD" })));
        var agencyId = agency["id"]!.GetValue<string>();
        var staff = _factory.ClientWithKey(agency["key"]!.GetValue<string>());
        var cycle = await Json.ReadAsync(await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative), Json.Body(new { title = "Roll call", instrumentId = "safer-together", instrumentVersion = "1.0.0" })));
        var token = cycle["respondentToken"]!.GetValue<string>();
        var cycleId = cycle["id"]!.GetValue<string>();
        var clock = Stopwatch.StartNew();
        var outcomes = new ConcurrentBag<(string Id, HttpStatusCode Status, TimeSpan Started)>();

        using var stop = new CancellationTokenSource(Limit);
        var workers = Enumerable.Range(0, Respondents).Select(worker => Task.Run(async () =>
        {
            var client = _factory.CreateClient();
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var id = $"w{worker}-{n}";
                var started = clock.Elapsed;
                using var response = await client.PostAsync(
                    new Uri($"/api/surveys/{token}/responses", UriKind.Relative),
                    Json.Body($$"""{ "respondentId": "{{id}}", "group": "line-officer", "answers": { "training.academy": 2 } }"""));
                // The respondent id is the server's: the receipt says which one the answers are stored under.
                var storedAs = response.StatusCode == HttpStatusCode.OK ? (await Json.ReadAsync(response))["respondentId"]!.GetValue<string>() : id;
                outcomes.Add((storedAs, response.StatusCode, started));
            }
        })).ToList();
        await Task.Delay(BeforeClose);
        var close = await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments/{cycleId}/close", UriKind.Relative), null);
        var closeAnswered = clock.Elapsed;
        stop.CancelAfter(AfterClose);
        await Task.WhenAll(workers);

        var assessment = (await _factory.Services.GetRequiredService<CycleStore>().GetAsync(agencyId, cycleId, default))!;
        var stored = (await _factory.Services.GetRequiredService<ResponseStore>().ReadAllAsync(assessment, default)).Select(r => r.RespondentId).ToHashSet();
        var accepted = outcomes.Where(o => o.Status == HttpStatusCode.OK).ToList();
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        Assert.All(outcomes, o => Assert.True(o.Status is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{o.Id}: {(int)o.Status}"));
        Assert.NotEmpty(accepted);
        Assert.Contains(outcomes, o => o.Status == HttpStatusCode.Conflict && o.Started > closeAnswered);
        Assert.DoesNotContain(accepted, o => o.Started > closeAnswered);
        Assert.Equal(accepted.Select(o => o.Id).Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
    }
}
