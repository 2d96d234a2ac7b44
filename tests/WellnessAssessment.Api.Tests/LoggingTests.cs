using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

public sealed class LoggingTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string RespondentId = "opaque-respondent-7f3a";
    private const string BadAnswer = "sometimes-maybe";
    private const string WrongKey = "wrong-key-0f9e8d7c";
    private const string EventsCategory = "WellnessAssessment.Api.Events";

    [Fact]
    public async Task FullCycle_LogsOneEventPerBusinessAction()
    {
        var (logs, cycle) = await RunFullCycleAsync(requestLogging: false);

        var events = logs.Entries.Where(entry => entry.Category == EventsCategory).ToList();
        Assert.All(events, entry => Assert.Equal(LogLevel.Information, entry.Level));
        Assert.Equal(
            [$"Agency {cycle.AgencyId} created",
             $"Cycle {cycle.AgencyId}/{cycle.AssessmentId} opened on safer-together 1.0.0",
             $"Import into {cycle.AgencyId}/{cycle.AssessmentId} refused: 1 validation errors",
             $"Import into {cycle.AgencyId}/{cycle.AssessmentId} refused: the cycle has online answers",
             $"Cycle {cycle.AgencyId}/{cycle.AssessmentId} closed with fewer than 5 respondents"],
            events.Select(entry => entry.Message));
        Assert.Equal([1001, 1101, 1203, 1202, 1102], events.Select(entry => entry.EventId));
        Assert.Equal(cycle.AssessmentId, events[^1].Properties["AssessmentId"]);
    }

    [Fact]
    public async Task DefaultLogging_WritesNoPerRequestLines()
    {
        var (logs, _) = await RunFullCycleAsync(requestLogging: false);

        // The capture works (the events are there), and nothing below Warning comes from the framework per request.
        Assert.NotEmpty(logs.Entries);
        var chatter = logs.Entries.Where(entry => entry.Category.StartsWith("Microsoft.", StringComparison.Ordinal)
            && entry.Category != "Microsoft.Hosting.Lifetime" && entry.Level < LogLevel.Warning).ToList();
        Assert.True(chatter.Count == 0, string.Join('\n', chatter.Select(entry => $"{entry.Category}: {entry.Message}")));
    }

    [Fact]
    public async Task Logs_HoldNoKeyNoTokenNoRespondentIdNoAnswers_EvenWithRequestLogging()
    {
        var (logs, cycle) = await RunFullCycleAsync(requestLogging: true);

        var requests = logs.Entries.Where(entry => entry.Category.StartsWith("Microsoft.AspNetCore.HttpLogging", StringComparison.Ordinal)).Select(entry => entry.Message).ToList();
        Assert.Contains(requests, message => message.Contains("/api/surveys/{respondentToken}/responses", StringComparison.Ordinal) && message.Contains("StatusCode: 200", StringComparison.Ordinal));
        Assert.True(requests.Any(message => message.Contains("/api/agencies/{agencyId}/assessments", StringComparison.Ordinal) && message.Contains("StatusCode: 404", StringComparison.Ordinal)), string.Join("\n---\n", requests));
        Assert.True(logs.Entries.Count > 10, $"only {logs.Entries.Count} entries were captured");
        foreach (var secret in new[] { ApiFactory.AdminKey, cycle.Key, cycle.Token, RespondentId, BadAnswer, WrongKey })
        {
            Assert.DoesNotContain(logs.Messages, message => message.Contains(secret, StringComparison.Ordinal));
        }
    }

    private async Task<(CapturedLogs Logs, CycleSecrets Cycle)> RunFullCycleAsync(bool requestLogging)
    {
        var logs = new CapturedLogs();
        using var api = new ApiFactory(azurite);
        using var factory = api.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Wellness:RequestLogging", requestLogging ? "true" : "false");
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        });
        HttpClient Client(string? key)
        {
            var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = key is null ? null : new AuthenticationHeaderValue("Bearer", key);
            return client;
        }

        var agency = await Json.ReadAsync(await Client(ApiFactory.AdminKey).PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "Quiet PD" })));
        var agencyId = agency["id"]!.GetValue<string>();
        var key = agency["key"]!.GetValue<string>();
        var staff = Client(key);
        var cycle = await Json.ReadAsync(await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative), Json.Body(new { title = "Spring", instrumentId = "safer-together", instrumentVersion = "1.0.0" })));
        var token = cycle["respondentToken"]!.GetValue<string>();
        var id = cycle["id"]!.GetValue<string>();
        var respondent = Client(null);
        await respondent.GetAsync(new Uri($"/api/surveys/{token}", UriKind.Relative));
        var submitted = await respondent.PostAsync(new Uri($"/api/surveys/{token}/responses", UriKind.Relative), Json.Body($$"""{ "respondentId": "{{RespondentId}}", "group": "fto", "answers": { "training.academy": 3 } }"""));
        var refused = await respondent.PostAsync(new Uri($"/api/surveys/{token}/responses", UriKind.Relative), Json.Body($$"""{ "respondentId": "{{RespondentId}}", "group": "fto", "answers": { "training.academy": "{{BadAnswer}}" } }"""));
        var import = $$"""{ "instrument": { "id": "safer-together", "version": "1.0.0" }, "responses": [ { "respondentId": "import-1", "group": "line-officer", "answers": { "training.academy": 2 } }, { "respondentId": "import-2", "group": "dispatcher", "answers": { "training.academy": 1 } } ] }""";
        var badImport = await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments/{id}/responses/import", UriKind.Relative), Json.Body(import.Replace("\"training.academy\": 1", "\"training.academy\": 9", StringComparison.Ordinal)));
        var imported = await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments/{id}/responses/import", UriKind.Relative), Json.Body(import));
        var wrongKey = await Client(WrongKey).GetAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative));
        var closed = await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments/{id}/close", UriKind.Relative), null);
        var results = await staff.GetAsync(new Uri($"/api/agencies/{agencyId}/assessments/{id}/results", UriKind.Relative));

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.Conflict, HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.OK],
            new[] { submitted, refused, badImport, imported, wrongKey, closed, results }.Select(response => response.StatusCode));
        return (logs, new CycleSecrets(agencyId, id, key, token));
    }

    private sealed record CycleSecrets(string AgencyId, string AssessmentId, string Key, string Token);
}
