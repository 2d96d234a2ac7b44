using System.Net;
using System.Text.Json.Nodes;
using WellnessAssessment.Serialization;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

public sealed class AssessmentCycleTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly ApiFactory _factory = new(azurite);

    public void Dispose() => _factory.Dispose();

    private async Task<(string Id, string Key)> CreateAgencyAsync(string name)
    {
        var response = await _factory.ClientWithKey(ApiFactory.AdminKey).PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Json.ReadAsync(response);
        return (body["id"]!.GetValue<string>(), body["key"]!.GetValue<string>());
    }

    /// <summary>Opens a cycle; <c>leadership-self-assessment</c> where a test reads live results of an open cycle.</summary>
    private static async Task<JsonNode> OpenCycleAsync(HttpClient client, string agencyId, string title = "Spring 2026", string purpose = "anonymous-survey")
    {
        var response = await client.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative), Json.Body(new { title, instrumentId = "safer-together", instrumentVersion = "1.0.0", purpose }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await Json.ReadAsync(response);
    }

    private static StringContent Answer(string respondentId, string group, int value) =>
        Json.Body($$"""{ "respondentId": "{{respondentId}}", "group": "{{group}}", "answers": { "training.academy": {{value}}, "training.in-service": {{value}}, "training.all-ranks": {{value}} } }""");

    [Fact]
    public async Task FullCycle_OpenShareAnswerCloseAndReadResults()
    {
        var (agencyId, key) = await CreateAgencyAsync("Riverside Police Department");
        var staff = _factory.ClientWithKey(key);
        var cycle = await OpenCycleAsync(staff, agencyId);
        var token = cycle["respondentToken"]!.GetValue<string>();
        var id = cycle["id"]!.GetValue<string>();
        var respondent = _factory.CreateClient();

        var survey = await Json.ReadAsync(await respondent.GetAsync(new Uri($"/api/surveys/{token}", UriKind.Relative)));
        var resumeCodes = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var submitted = await respondent.PostAsync(new Uri($"/api/surveys/{token}/responses", UriKind.Relative), Answer($"r{i}", "line-officer", 2));
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
            resumeCodes.Add((await Json.ReadAsync(submitted))["resumeCode"]!.GetValue<string>());
        }

        // Changing answers takes the resume code issued with them (the id in the body is the server's to choose).
        using var change = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/surveys/{token}/responses", UriKind.Relative)) { Content = Answer("r0", "line-officer", 4) };
        change.Headers.Add("X-Resume-Code", resumeCodes[0]);
        var resubmitted = await respondent.SendAsync(change);
        var detail = await Json.ReadAsync(await staff.GetAsync(new Uri($"/api/agencies/{agencyId}/assessments/{id}", UriKind.Relative)));
        var closed = await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments/{id}/close", UriKind.Relative), null);
        var late = await respondent.PostAsync(new Uri($"/api/surveys/{token}/responses", UriKind.Relative), Answer("late", "line-officer", 0));
        var results = await staff.GetAsync(new Uri($"/api/agencies/{agencyId}/assessments/{id}/results", UriKind.Relative));

        Assert.Equal("Spring 2026", survey["title"]!.GetValue<string>());
        Assert.Equal("open", survey["status"]!.GetValue<string>());
        Assert.Equal(7, survey["instrument"]!["groups"]!.AsArray().Count);
        Assert.EndsWith($"/survey/#{token}", cycle["respondentUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, resubmitted.StatusCode);
        Assert.Equal(6, detail["responseCount"]!.GetValue<int>());
        Assert.Equal(6, detail["groups"]!.AsArray().Single(g => g!["id"]!.GetValue<string>() == "line-officer")!["count"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var result = WellnessJson.ReadResult(await results.Content.ReadAsStringAsync());
        Assert.Equal(6, result.Respondents);
        Assert.Equal("Riverside Police Department", result.Agency!.Name);
        // Five at 2 (50) and one resubmitted at 4 (100): (5·50 + 100) / 6.
        Assert.Equal(350.0 / 6, result.FindDomain("training")!.Score!.Value, 9);
    }

    [Fact]
    public async Task OpenCycle_WithAgencyProfile_StoresIt_AndResultsUseTheAdviceThatFits()
    {
        var (agencyId, key) = await CreateAgencyAsync("Millbrook Police Department");
        var staff = _factory.ClientWithKey(key);
        var opened = await staff.PostAsync(
            new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative),
            Json.Body(new { title = "Spring 2027", instrumentId = "safer-together", instrumentVersion = "2.0.0", profile = new { size = "up-to-10", ownAcademy = false }, purpose = "leadership-self-assessment" }));
        var cycle = await Json.ReadAsync(opened);
        var id = cycle["id"]!.GetValue<string>();
        var respondent = _factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await respondent.PostAsync(new Uri($"/api/surveys/{cycle["respondentToken"]!.GetValue<string>()}/responses", UriKind.Relative), Answer($"r{i}", "line-officer", 1));
        }

        var detail = await Json.ReadAsync(await staff.GetAsync(new Uri($"/api/agencies/{agencyId}/assessments/{id}", UriKind.Relative)));
        var result = WellnessJson.ReadResult(await (await staff.GetAsync(new Uri($"/api/agencies/{agencyId}/assessments/{id}/results", UriKind.Relative))).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        Assert.Equal("up-to-10", cycle["profile"]!["size"]!.GetValue<string>());
        Assert.False(detail["profile"]!["ownAcademy"]!.GetValue<bool>());
        Assert.Equal(WellnessAssessment.Profiles.AgencySize.UpTo10, result.Agency!.Profile!.Size);
        Assert.Equal(WellnessAssessment.Results.SingleViewReason.OneGroup, result.SingleView!.Reason);
        Assert.Equal(WellnessAssessment.ActionPlan.FirstStepKind.HearStaff, result.FirstSteps[0].Kind);
        var academy = result.ActionPlan.Single(entry => entry.ItemId == "training.academy");
        Assert.Equal("Chief or a designated officer", academy.Owner);
        Assert.StartsWith("Ask the state standards board (POST)", academy.Action, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherAgencysKey_SeesNothing_AsIfItDidNotExist()
    {
        var (riverside, riversideKey) = await CreateAgencyAsync("Riverside PD");
        var (_, otherKey) = await CreateAgencyAsync("Other PD");
        var cycle = await OpenCycleAsync(_factory.ClientWithKey(riversideKey), riverside);
        var intruder = _factory.ClientWithKey(otherKey);

        var list = await intruder.GetAsync(new Uri($"/api/agencies/{riverside}/assessments", UriKind.Relative));
        var detail = await intruder.GetAsync(new Uri($"/api/agencies/{riverside}/assessments/{cycle["id"]}", UriKind.Relative));
        var unknown = await intruder.GetAsync(new Uri("/api/agencies/no-such-agency/assessments", UriKind.Relative));
        var anonymous = await _factory.CreateClient().GetAsync(new Uri($"/api/agencies/{riverside}/assessments", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync().ContinueWith(t => JsonNode.Parse(t.Result)!["detail"]!.ToString(), TaskScheduler.Default), (await Json.ReadAsync(list))["detail"]!.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task CreateAgency_NeedsTheAdminKey_AndAUniqueId()
    {
        var anonymous = await _factory.CreateClient().PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "X PD" }));
        var wrong = await _factory.ClientWithKey("nope").PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "X PD" }));
        await CreateAgencyAsync("Twin PD");
        var duplicate = await _factory.ClientWithKey(ApiFactory.AdminKey).PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "Twin PD" }));
        var badId = await _factory.ClientWithKey(ApiFactory.AdminKey).PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "Bad", id = "a/b#c" }));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        Assert.Contains("id", (await Json.ReadAsync(badId))["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Import_IsAllOrNothing()
    {
        var (agencyId, key) = await CreateAgencyAsync("Import PD");
        var staff = _factory.ClientWithKey(key);
        var id = (await OpenCycleAsync(staff, agencyId))["id"]!.GetValue<string>();
        var example = Json.Example("mid-size-agency.json");
        var bad = example.Replace("\"group\": \"dispatcher\"", "\"group\": \"captain\"", StringComparison.Ordinal);
        var importUri = new Uri($"/api/agencies/{agencyId}/assessments/{id}/responses/import", UriKind.Relative);

        var rejected = await staff.PostAsync(importUri, Json.Body(bad));
        var countAfterRejected = (await Json.ReadAsync(await staff.GetAsync(new Uri($"/api/agencies/{agencyId}/assessments/{id}", UriKind.Relative))))["responseCount"]!.GetValue<int>();
        var accepted = await staff.PostAsync(importUri, Json.Body(example));
        var countAfterAccepted = (await Json.ReadAsync(await staff.GetAsync(new Uri($"/api/agencies/{agencyId}/assessments/{id}", UriKind.Relative))))["responseCount"]!.GetValue<int>();

        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Equal(14, (await Json.ReadAsync(rejected))["errors"]!.AsObject().Count);
        Assert.Equal(0, countAfterRejected);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(120, countAfterAccepted);
    }

    [Fact]
    public async Task Close_TwiceAtOnce_OneWinsAndTheOtherIs409()
    {
        var (agencyId, key) = await CreateAgencyAsync("Race PD");
        var staff = _factory.ClientWithKey(key);
        var id = (await OpenCycleAsync(staff, agencyId))["id"]!.GetValue<string>();
        var uri = new Uri($"/api/agencies/{agencyId}/assessments/{id}/close", UriKind.Relative);

        var statuses = (await Task.WhenAll(staff.PostAsync(uri, null), staff.PostAsync(uri, null))).Select(r => r.StatusCode).Order().ToList();

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
    }

    [Fact]
    public async Task SubmitDuringClose_EveryAcceptedResponseIsInTheResults()
    {
        var (agencyId, key) = await CreateAgencyAsync("Busy PD");
        var staff = _factory.ClientWithKey(key);
        // Named, so the result shows its count however few were accepted before the close (this test is about the close).
        var cycle = await OpenCycleAsync(staff, agencyId, purpose: "leadership-self-assessment");
        var token = cycle["respondentToken"]!.GetValue<string>();
        var id = cycle["id"]!.GetValue<string>();
        var respondent = _factory.CreateClient();
        var answered = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        using var firstAccepted = new SemaphoreSlim(0);

        // Six respondents keep submitting until they are refused, so the close always lands among submissions in flight.
        var submitters = Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
        {
            for (var n = 0; ; n++)
            {
                using var response = await respondent.PostAsync(new Uri($"/api/surveys/{token}/responses", UriKind.Relative), Answer($"w{worker}-{n}", "fto", 3));
                answered.Add(response.StatusCode);
                if (n == 0 && response.StatusCode == HttpStatusCode.OK)
                {
                    firstAccepted.Release();
                }

                if (response.StatusCode != HttpStatusCode.OK)
                {
                    return;
                }
            }
        })).ToList();
        await firstAccepted.WaitAsync(TimeSpan.FromSeconds(30));
        var close = await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments/{id}/close", UriKind.Relative), null);
        await Task.WhenAll(submitters).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        var accepted = answered.Count(status => status == HttpStatusCode.OK);
        Assert.True(accepted > 0, "no submission was accepted before the close");
        Assert.Equal(6, answered.Count(status => status == HttpStatusCode.Conflict));
        Assert.All(answered, status => Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{(int)status}"));
        var result = WellnessJson.ReadResult(await (await staff.GetAsync(new Uri($"/api/agencies/{agencyId}/assessments/{id}/results", UriKind.Relative))).Content.ReadAsStringAsync());
        Assert.Equal(accepted, result.Respondents);
    }

    [Fact]
    public async Task Results_IncludeTheTrendAgainstThePreviousClosedCycle()
    {
        var (agencyId, key) = await CreateAgencyAsync("Trend PD");
        var staff = _factory.ClientWithKey(key);
        var respondent = _factory.CreateClient();
        var first = await OpenCycleAsync(staff, agencyId, "2025", "leadership-self-assessment");
        await respondent.PostAsync(new Uri($"/api/surveys/{first["respondentToken"]}/responses", UriKind.Relative), Answer("a", "fto", 1));
        await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments/{first["id"]}/close", UriKind.Relative), null);
        var second = await OpenCycleAsync(staff, agencyId, "2026", "leadership-self-assessment");
        await respondent.PostAsync(new Uri($"/api/surveys/{second["respondentToken"]}/responses", UriKind.Relative), Answer("a", "fto", 3));

        var result = WellnessJson.ReadResult(await (await staff.GetAsync(new Uri($"/api/agencies/{agencyId}/assessments/{second["id"]}/results", UriKind.Relative))).Content.ReadAsStringAsync());

        Assert.Equal(50, result.Trend!.Domains.Single(d => d.Id == "training").Delta);
    }

    [Fact]
    public async Task SurveyToken_Unknown_Is404_AndBadAnswersAre400WithPaths()
    {
        var (agencyId, key) = await CreateAgencyAsync("Token PD");
        var token = (await OpenCycleAsync(_factory.ClientWithKey(key), agencyId))["respondentToken"]!.GetValue<string>();
        var respondent = _factory.CreateClient();

        var unknown = await respondent.GetAsync(new Uri("/api/surveys/not-a-token", UriKind.Relative));
        var bad = await respondent.PostAsync(new Uri($"/api/surveys/{token}/responses", UriKind.Relative), Json.Body("""{ "respondentId": "", "group": "fto", "answers": { "training.academy": "often" } }"""));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        // The respondent id is the server's (an empty one in the body is ignored); the bad answer is named by its path.
        Assert.Equal(["answers[\"training.academy\"]"], (await Json.ReadAsync(bad))["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task ReportPdf_OfAClosedCycle_IsThePdfAndTheSameBytesEachTime()
    {
        var (agencyId, key) = await CreateAgencyAsync("Report PD");
        var staff = _factory.ClientWithKey(key);
        var cycle = await OpenCycleAsync(staff, agencyId);
        var id = cycle["id"]!.GetValue<string>();
        await _factory.CreateClient().PostAsync(new Uri($"/api/surveys/{cycle["respondentToken"]}/responses", UriKind.Relative), Answer("a", "line-officer", 2));
        await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments/{id}/close", UriKind.Relative), null);
        var uri = new Uri($"/api/agencies/{agencyId}/assessments/{id}/report.pdf", UriKind.Relative);

        var first = await staff.GetAsync(uri);
        var second = await staff.GetAsync(uri);
        var (_, otherKey) = await CreateAgencyAsync("Nosy PD");
        var intruder = await _factory.ClientWithKey(otherKey).GetAsync(uri);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/pdf", first.Content.Headers.ContentType!.MediaType);
        var bytes = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.Equal(bytes, await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, intruder.StatusCode);
    }

    [Fact]
    public async Task ReportHtml_IsTheAccessibleAlternative_SelfContained()
    {
        var (agencyId, key) = await CreateAgencyAsync("Html PD");
        var staff = _factory.ClientWithKey(key);
        var cycle = await OpenCycleAsync(staff, agencyId, "Autumn <2026>", "leadership-self-assessment");
        await _factory.CreateClient().PostAsync(new Uri($"/api/surveys/{cycle["respondentToken"]}/responses", UriKind.Relative), Answer("a", "line-officer", 3));

        var response = await staff.GetAsync(new Uri($"/api/agencies/{agencyId}/assessments/{cycle["id"]}/report.html", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("Html PD", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Autumn <2026>", html, StringComparison.Ordinal);
    }
}
