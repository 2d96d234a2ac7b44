using System.Net;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WellnessAssessment.Storage;
using WellnessAssessment.Testing;
using Xunit.Abstractions;

namespace WellnessAssessment.Api.Tests;

/// <summary>
/// The store fails at every step of every write operation (a sweep over the operation's store requests: the 1st, the
/// 2nd, … until the operation makes fewer). For each: the caller's status, that nothing half-written is visible
/// meanwhile, and that repeating the request once the store is back converges to the state of an undisturbed run.
/// The table in docs/api.md lists these outcomes.
/// </summary>
public sealed class StoreFaultTests : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly StoreFaults _faults = new();
    private readonly WebApplicationFactory<Program> _api;
    private readonly ITestOutputHelper _output;

    public StoreFaultTests(AzuriteFixture azurite, ITestOutputHelper output)
    {
        _output = output;
        _api = new ApiFactory(azurite).WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            // No back-off between the SDK's retries (the defaults wait 0.2 s, then 0.4 s, at every injected outage): the
            // sweep proves what the retries do, not how long they wait; HealthTests measures the production waits.
            var options = new WellnessStorageOptions { RetryDelay = TimeSpan.Zero, MaxRetryDelay = TimeSpan.Zero }.CreateClientOptions();
            options.AddPolicy(_faults, HttpPipelinePosition.PerRetry);
            services.AddSingleton(new TableServiceClient(azurite.ConnectionString, options));
        }));
    }

    public void Dispose() => _api.Dispose();

    [Theory]
    [InlineData(FaultKind.Outage)]
    [InlineData(FaultKind.LostAnswer)]
    [InlineData(FaultKind.LostAnswerThenOutage)]
    public async Task CreateAgency_FailingAtEveryStep_ConvergesOnRetryWithTheSameIdempotencyKey(FaultKind kind)
    {
        await SweepAsync(kind, HttpStatusCode.Created, async n =>
        {
            var id = $"pd-{kind}-{n}".ToLowerInvariant();
            return (() => CreateAgencyAsync(id, idempotencyKey: $"create-{id}"), async status =>
            {
                // Meanwhile: nobody can open the agency (without the key the caller never received).
                Assert.Equal(HttpStatusCode.NotFound, (await Staff("not-the-key").GetAsync(Cycles(id))).StatusCode);
            }, async retried =>
            {
                Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
                var key = (await Json.ReadAsync(retried))["key"]!.GetValue<string>();
                var list = await Staff(key).GetAsync(Cycles(id));
                Assert.Equal(HttpStatusCode.OK, list.StatusCode);
                Assert.Equal("[]", await list.Content.ReadAsStringAsync());
            });
        });
    }

    [Theory]
    [InlineData(FaultKind.Outage)]
    [InlineData(FaultKind.LostAnswer)]
    [InlineData(FaultKind.LostAnswerThenOutage)]
    public async Task OpenCycle_FailingAtEveryStep_ShowsNoHalfCycle_AndConvergesToOneCycle(FaultKind kind)
    {
        await SweepAsync(kind, HttpStatusCode.Created, async n =>
        {
            var (agencyId, key) = await NewAgencyAsync();
            var staff = Staff(key);
            return (() => staff.PostAsync(Cycles(agencyId), WithIdempotencyKey(Json.Body(new { title = "Spring", instrumentId = "safer-together", instrumentVersion = "1.0.0" }), "open-spring")), async status =>
            {
                // Meanwhile: no cycle, or the whole cycle (committed before the failure) with a working link.
                var cycles = (await Json.ReadAsync(await staff.GetAsync(Cycles(agencyId)))).AsArray();
                Assert.InRange(cycles.Count, 0, 1);
                foreach (var cycle in cycles)
                {
                    Assert.Equal(HttpStatusCode.OK, (await _api.CreateClient().GetAsync(Survey(cycle!["respondentToken"]!.GetValue<string>()))).StatusCode);
                }
            }, async retried =>
            {
                Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
                var opened = await Json.ReadAsync(retried);
                var cycles = (await Json.ReadAsync(await staff.GetAsync(Cycles(agencyId)))).AsArray();
                Assert.Equal(opened["id"]!.GetValue<string>(), Assert.Single(cycles)!["id"]!.GetValue<string>());
                Assert.Equal("open", cycles[0]!["status"]!.GetValue<string>());
                var survey = await _api.CreateClient().GetAsync(Survey(opened["respondentToken"]!.GetValue<string>()));
                Assert.Equal(HttpStatusCode.OK, survey.StatusCode);
            });
        });
    }

    [Theory]
    [InlineData(FaultKind.Outage)]
    [InlineData(FaultKind.LostAnswer)]
    [InlineData(FaultKind.LostAnswerThenOutage)]
    public async Task Submit_FailingAtEveryStep_StoresTheResponseOnce(FaultKind kind)
    {
        await SweepAsync(kind, HttpStatusCode.OK, async n =>
        {
            var (staff, agencyId, cycleId, token) = await NewCycleAsync(respondents: 5);
            return (() => SubmitAsync(token, "r-new", 3), async status =>
            {
                var count = (await DetailAsync(staff, agencyId, cycleId))["responseCount"]!.GetValue<int>();
                Assert.InRange(count, 5, kind == FaultKind.Outage ? 5 : 6);
            }, async retried =>
            {
                Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
                var detail = await DetailAsync(staff, agencyId, cycleId);
                Assert.Equal(6, detail["responseCount"]!.GetValue<int>());
            });
        });
    }

    [Fact]
    public async Task Submit_WhoseAnswerWasLost_RepeatedAfterTheClose_IsStillAccepted()
    {
        var (staff, agencyId, cycleId, token) = await NewCycleAsync(respondents: 5);
        _faults.Arm("POST $batch", FaultKind.LostAnswerThenOutage); // the transaction of response and gate
        var lost = await SubmitAsync(token, "r-lost", 3);
        Assert.Equal("POST $batch", _faults.Hit);
        _faults.Heal();
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync(new Uri($"{Cycles(agencyId)}/{cycleId}/close", UriKind.Relative), null)).StatusCode);

        var repeated = await SubmitAsync(token, "r-lost", 3);
        var changed = await SubmitAsync(token, "r-lost", 4);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, lost.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
        Assert.Equal(6, (await DetailAsync(staff, agencyId, cycleId))["responseCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(FaultKind.Outage)]
    [InlineData(FaultKind.LostAnswer)]
    [InlineData(FaultKind.LostAnswerThenOutage)]
    public async Task Import_FailingAtEveryChunkAndTheSwap_IsNeverHalfVisible(FaultKind kind)
    {
        var set = Json.Example("mid-size-agency.json"); // 120 responses: two transactions of 100 and 20
        await SweepAsync(kind, HttpStatusCode.OK, async n =>
        {
            // A cycle takes one import and no online answers; the import's Idempotency-Key makes its repeat no second import.
            var (staff, agencyId, cycleId, token) = await NewCycleAsync(respondents: 0);
            return (() => staff.PostAsync(new Uri($"{Cycles(agencyId)}/{cycleId}/responses/import", UriKind.Relative), WithIdempotencyKey(Json.Body(set), $"import-{cycleId}")), async status =>
            {
                var count = (await DetailAsync(staff, agencyId, cycleId))["responseCount"]!.GetValue<int>();
                // Nothing or the whole import (an outage after the swap, at the audit entry), never part of it.
                Assert.Contains(count, new[] { 0, 120 });
            }, async retried =>
            {
                Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
                Assert.Equal("""{"imported":120}""", await retried.Content.ReadAsStringAsync());
                Assert.Equal(120, (await DetailAsync(staff, agencyId, cycleId))["responseCount"]!.GetValue<int>());
            });
        });
    }

    [Theory]
    [InlineData(FaultKind.Outage)]
    [InlineData(FaultKind.LostAnswer)]
    [InlineData(FaultKind.LostAnswerThenOutage)]
    public async Task Close_FailingAtEveryStep_AcceptsNoAnswerAfterItBegan_AndConvergesToClosed(FaultKind kind)
    {
        await SweepAsync(kind, HttpStatusCode.OK, async n =>
        {
            var (staff, agencyId, cycleId, token) = await NewCycleAsync(respondents: 5);

            var close = new Uri($"{Cycles(agencyId)}/{cycleId}/close", UriKind.Relative);
            return (() => staff.PostAsync(close, null), async status =>
            {
                // Meanwhile the cycle is open or closed; a late answer is either in (cycle still open) or refused.
                var late = await SubmitAsync(token, "late", 2);
                var detail = await DetailAsync(staff, agencyId, cycleId);
                Assert.Contains(late.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict });
                Assert.Equal(late.StatusCode == HttpStatusCode.OK ? 6 : 5, detail["responseCount"]!.GetValue<int>());
                if (late.StatusCode == HttpStatusCode.OK)
                {
                    Assert.Equal("open", detail["status"]!.GetValue<string>());
                }
            }, async retried =>
            {
                // 409 "already closed" when the failed request's close had committed: the state is the same.
                Assert.Contains(retried.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict });
                var detail = await DetailAsync(staff, agencyId, cycleId);
                Assert.Equal("closed", detail["status"]!.GetValue<string>());
                Assert.Equal(HttpStatusCode.Conflict, (await SubmitAsync(token, "after", 2)).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(new Uri($"{Cycles(agencyId)}/{cycleId}/results", UriKind.Relative))).StatusCode);
            });
        });
    }

    [Theory]
    [InlineData(FaultKind.Outage)]
    [InlineData(FaultKind.LostAnswer)]
    [InlineData(FaultKind.LostAnswerThenOutage)]
    public async Task RotateKey_FailingAtEveryStep_LeavesExactlyOneWorkingKey(FaultKind kind)
    {
        await SweepAsync(kind, HttpStatusCode.OK, async n =>
        {
            var (agencyId, oldKey) = await NewAgencyAsync();
            var rotate = new Uri($"/api/agencies/{agencyId}/key", UriKind.Relative);
            return (() => Staff(ApiFactory.AdminKey).PostAsync(rotate, null), async status =>
            {
                // Meanwhile the old key works (not rotated) or is refused (rotated, the new key lost): never both keys.
                Assert.Contains((await Staff(oldKey).GetAsync(Cycles(agencyId))).StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Unauthorized });
            }, async retried =>
            {
                Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
                var newKey = (await Json.ReadAsync(retried))["key"]!.GetValue<string>();
                Assert.Equal(HttpStatusCode.OK, (await Staff(newKey).GetAsync(Cycles(agencyId))).StatusCode);
                Assert.Equal(HttpStatusCode.Unauthorized, (await Staff(oldKey).GetAsync(Cycles(agencyId))).StatusCode);
            });
        });
    }

    [Theory]
    [InlineData(FaultKind.Outage)]
    [InlineData(FaultKind.LostAnswer)]
    [InlineData(FaultKind.LostAnswerThenOutage)]
    public async Task Purge_FailingAtEveryStep_KeepsTheResultsIdentical(FaultKind kind)
    {
        await SweepAsync(kind, HttpStatusCode.OK, async n =>
        {
            var (staff, agencyId, cycleId, token) = await NewCycleAsync(respondents: 5);

            var cycle = $"{Cycles(agencyId)}/{cycleId}";
            Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync(new Uri($"{cycle}/close", UriKind.Relative), null)).StatusCode);
            var results = new Uri($"{cycle}/results", UriKind.Relative);
            var before = await (await staff.GetAsync(results)).Content.ReadAsStringAsync();
            return (() => staff.DeleteAsync(new Uri($"{cycle}/responses", UriKind.Relative)), async status =>
            {
                // Meanwhile (rows partly deleted or not at all) the results are exactly the stored ones.
                var during = await staff.GetAsync(results);
                Assert.Equal(HttpStatusCode.OK, during.StatusCode);
                Assert.Equal(before, await during.Content.ReadAsStringAsync());
            }, async retried =>
            {
                Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
                Assert.Equal(5, (await Json.ReadAsync(retried))["responseCount"]!.GetValue<int>());
                Assert.Equal(before, await (await staff.GetAsync(results)).Content.ReadAsStringAsync());
            });
        });
    }

    /// <summary>
    /// The readiness probe (which creates the tables) until it answers 200, at most ten tries: its 1 s store timeout can be
    /// missed once while other test projects load the machine, and readiness is this sweep's precondition, not its subject.
    /// </summary>
    private async Task<HttpStatusCode> ReadyAsync()
    {
        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 10 && status != HttpStatusCode.OK; attempt++)
        {
            status = (await _api.CreateClient().GetAsync(new Uri("/api/health/ready", UriKind.Relative))).StatusCode;
        }

        return status;
    }

    /// <summary>
    /// Runs the operation with the fault at its 1st, 2nd, … store request, each time on fresh data from
    /// <paramref name="arrange"/>: checks the status (503 when the store stays away; the undisturbed status when only an
    /// answer was lost), what is visible meanwhile, then heals the store, repeats the request and checks convergence.
    /// Stops at the first N the operation does not reach, which must succeed undisturbed.
    /// </summary>
    private async Task SweepAsync(
        FaultKind kind,
        HttpStatusCode undisturbed,
        Func<int, Task<(Func<Task<HttpResponseMessage>> Act, Func<HttpStatusCode, Task> Meanwhile, Func<HttpResponseMessage, Task> Converged)>> arrange)
    {
        // The tables exist before the sweep, so request 1 is the operation's own first request.
        Assert.Equal(HttpStatusCode.OK, await ReadyAsync());
        var steps = new List<string>();
        for (var n = 1; n < 50; n++)
        {
            var (act, meanwhile, converged) = await arrange(n);
            _faults.Arm(n, kind);
            var response = await act();
            var hit = _faults.Hit;
            var seen = _faults.Seen;
            if (hit is null)
            {
                _faults.Heal();
                Assert.Equal(undisturbed, response.StatusCode);
                _output.WriteLine($"{kind}: {steps.Count} steps: {string.Join(", ", seen)}");
                Assert.True(steps.Count >= 1, "The sweep hit no store request.");
                return;
            }

            var expected = kind == FaultKind.LostAnswer ? undisturbed : HttpStatusCode.ServiceUnavailable;
            Assert.True(expected == response.StatusCode, $"Fault {kind} at request {n} ({hit}): expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            if (kind != FaultKind.LostAnswer)
            {
                Assert.Equal("The data store did not answer, so this request may not have been completed. Send it again in a moment; repeating it is safe.", (await Json.ReadAsync(response))["detail"]!.GetValue<string>());
            }

            _faults.Heal();
            await meanwhile(response.StatusCode);
            var retried = kind == FaultKind.LostAnswer ? response : await act();
            await converged(retried);
            steps.Add($"{n}: {hit} → {(int)response.StatusCode}, then {(int)retried.StatusCode}");
            _output.WriteLine($"{kind} at {steps[^1]}");
        }

        Assert.Fail("The operation never finished its store requests.");
    }

    private static Uri Cycles(string agencyId) => new($"/api/agencies/{agencyId}/assessments", UriKind.Relative);

    private static Uri Survey(string token) => new($"/api/surveys/{token}", UriKind.Relative);

    private static StringContent WithIdempotencyKey(StringContent content, string key)
    {
        content.Headers.Add("Idempotency-Key", key);
        return content;
    }

    private HttpClient Staff(string key)
    {
        var client = _api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        return client;
    }

    private Task<HttpResponseMessage> CreateAgencyAsync(string id, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/agencies", UriKind.Relative)) { Content = Json.Body(new { name = "Riverside PD", id }) };
        request.Headers.Authorization = new("Bearer", ApiFactory.AdminKey);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return _api.CreateClient().SendAsync(request);
    }

    private async Task<(string Id, string Key)> NewAgencyAsync()
    {
        var id = "pd-" + Guid.NewGuid().ToString("N")[..10];
        var created = await CreateAgencyAsync(id, idempotencyKey: null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (id, (await Json.ReadAsync(created))["key"]!.GetValue<string>());
    }

    /// <summary>An open cycle on safer-together 1.0.0 with <paramref name="respondents"/> answers (5: the smallest count the views show).</summary>
    private async Task<(HttpClient Staff, string AgencyId, string CycleId, string Token)> NewCycleAsync(int respondents)
    {
        var (agencyId, key) = await NewAgencyAsync();
        var staff = Staff(key);
        var opened = await staff.PostAsync(Cycles(agencyId), Json.Body(new { title = "Spring", instrumentId = "safer-together", instrumentVersion = "1.0.0" }));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var cycle = await Json.ReadAsync(opened);
        var token = cycle["respondentToken"]!.GetValue<string>();
        for (var i = 0; i < respondents; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SubmitAsync(token, $"r{i}", i % 5)).StatusCode);
        }

        return (staff, agencyId, cycle["id"]!.GetValue<string>(), token);
    }

    /// <summary>
    /// Submits with an Idempotency-Key made of the token and <paramref name="respondentId"/> (and the value), so that a
    /// repeat of the same request is recognised; the respondent id itself is the server's.
    /// </summary>
    private Task<HttpResponseMessage> SubmitAsync(string token, string respondentId, int value) =>
        _api.CreateClient().PostAsync(
            new Uri($"/api/surveys/{token}/responses", UriKind.Relative),
            WithIdempotencyKey(Json.Body($$"""{ "respondentId": "{{respondentId}}", "group": "line-officer", "answers": { "training.academy": {{value}} } }"""), $"{token}-{respondentId}-{value}"));

    private static async Task<JsonNode> DetailAsync(HttpClient staff, string agencyId, string cycleId) =>
        await Json.ReadAsync(await staff.GetAsync(new Uri($"/api/agencies/{agencyId}/assessments/{cycleId}", UriKind.Relative)));
}
