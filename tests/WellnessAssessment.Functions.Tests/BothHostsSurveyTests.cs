using System.Net;
using System.Text.Json.Nodes;
using WellnessAssessment.Functions.Tests.Hosts;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Functions.Tests;

/// <summary>
/// The respondent survey on both hosts, with the same test bodies: the survey by header and by path (English and
/// Spanish estimates), submitting under the server's id with a resume code, the refusals (400 naming the place, 404,
/// 409, 403 for invitation codes) and the limits (a submission flood and failed resume codes, 429 with Retry-After).
/// </summary>
[Collection(AzuriteTests.Name)]
public sealed class BothHostsSurveyTests(AzuriteFixture azurite)
{
    private const string Codeless = "This survey asks for an invitation code: type the code from your slip (like ABCDE-12345). Nothing was stored.";

    private sealed record Cycle(string Path, string Key, string Token);

    private static async Task<Cycle> OpenCycleAsync(IApiHost host, string instrumentVersion = "2.0.0")
    {
        var agency = await Json.ReadAsync(await host.PostAsync("/api/agencies", Json.Body(new { name = "Survey County Sheriff" }), ApiHostRequests.AdminKey));
        var (agencyId, key) = ((string)agency["id"]!, (string)agency["key"]!);
        var cycle = await Json.ReadAsync(await host.PostAsync($"/api/agencies/{agencyId}/assessments", Json.Body(new { title = "Spring 2026", instrumentId = "safer-together", instrumentVersion }), key));
        return new Cycle($"/api/agencies/{agencyId}/assessments/{(string)cycle["id"]!}", key, (string)cycle["respondentToken"]!);
    }

    private static StringContent Answer(int academy, string respondentId = "r-7f3a") =>
        Json.Body($$"""{ "respondentId": "{{respondentId}}", "group": "dispatcher", "answers": { "training.academy": {{academy}} } }""");

    /// <summary>A respondent's request: by header (<paramref name="byPath"/> false, <c>/api/survey…</c>) or by path (<c>/api/surveys/{token}…</c>).</summary>
    private static Task<HttpResponseMessage> SendAsync(IApiHost host, HttpMethod method, string? token, HttpContent? body = null, bool byPath = false, params (string Name, string Value)[] headers)
    {
        var path = byPath ? $"/api/surveys/{token}" : "/api/survey";
        var request = ApiHostRequests.Request(method, method == HttpMethod.Post ? path + "/responses" : path, body, null);
        if (token is not null && !byPath)
        {
            request.Headers.Add("X-Respondent-Token", token);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return host.SendAsync(request);
    }

    private static Task<HttpResponseMessage> SubmitAsync(IApiHost host, string? token, HttpContent body, params (string Name, string Value)[] headers) =>
        SendAsync(host, HttpMethod.Post, token, body, false, headers);

    private static async Task<JsonNode> OkAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await Json.ReadAsync(response);
    }

    private static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await Json.ReadAsync(response);
    }

    private static string[] ErrorsAt(JsonNode problem, string place) =>
        [.. problem["errors"]![place]!.AsArray().Select(message => (string)message!)];

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task Survey_ByHeaderAndByPath_IsTheCyclesInstrument_WithEnglishAndSpanishEstimates_AndNeverHoldsTheToken(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var cycle = await OpenCycleAsync(host);

        var byHeaderAnswer = await SendAsync(host, HttpMethod.Get, cycle.Token);
        var byPathAnswer = await SendAsync(host, HttpMethod.Get, cycle.Token, byPath: true);
        var byHeader = await OkAsync(byHeaderAnswer);
        var byPath = await OkAsync(byPathAnswer);

        Assert.Equal("Spring 2026", (string)byHeader["title"]!);
        Assert.Equal("open", (string)byHeader["status"]!);
        Assert.Equal(5, (int)byHeader["minimumGroupSize"]!);
        Assert.False((bool)byHeader["invitationCodeRequired"]!);
        Assert.Equal("anonymous-survey", (string)byHeader["purpose"]!);
        Assert.Equal("safer-together", (string)byHeader["instrument"]!["id"]!);
        Assert.Equal("2.0.0", (string)byHeader["instrument"]!["version"]!);
        var estimates = byHeader["estimates"]!.AsObject();
        Assert.Equal(["en", "es"], estimates.Select(estimate => estimate.Key));
        Assert.Equal((int)estimates["en"]!["questions"]!, (int)estimates["es"]!["questions"]!);
        Assert.InRange((int)estimates["en"]!["questions"]!, 10, 500);
        Assert.InRange((int)estimates["es"]!["minutes"]!, 1, 120);
        Assert.NotEqual((int)estimates["en"]!["words"]!, (int)estimates["es"]!["words"]!);
        Assert.True(JsonNode.DeepEquals(byHeader, byPath));
        Assert.DoesNotContain(cycle.Token, await byHeaderAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task Submission_IsStoredUnderTheServersId_WithAResumeCode_ThatReplacesTheAnswersOnEitherForm(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var cycle = await OpenCycleAsync(host);

        var first = await OkAsync(await SubmitAsync(host, cycle.Token, Answer(2), ("Idempotency-Key", "k-first")));
        var repeat = await OkAsync(await SubmitAsync(host, cycle.Token, Answer(2), ("Idempotency-Key", "k-first")));
        var code = (string)first["resumeCode"]!;
        var changed = await OkAsync(await SendAsync(host, HttpMethod.Post, cycle.Token, Answer(4, "someone-else"), byPath: true, ("X-Resume-Code", code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal))));
        var other = await OkAsync(await SubmitAsync(host, cycle.Token, Answer(1)));
        using var read = ApiHostRequests.Request(HttpMethod.Get, $"/api/survey/drafts/{code}", null, null);
        read.Headers.Add("X-Respondent-Token", cycle.Token);
        var kept = await Json.ReadAsync(await host.SendAsync(read));

        var respondentId = (string)first["respondentId"]!;
        Assert.Matches("^o-[A-Za-z0-9_-]{20,}$", respondentId);
        Assert.Equal("received", (string)first["status"]!);
        Assert.Matches("^[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$", code);
        Assert.Equal(respondentId, (string)repeat["respondentId"]!);
        Assert.Equal(respondentId, (string)changed["respondentId"]!);
        Assert.Equal(code, (string)changed["resumeCode"]!);
        Assert.NotEqual(respondentId, (string)other["respondentId"]!);
        Assert.NotEqual(code, (string)other["resumeCode"]!);
        Assert.Equal(4, (int)kept["response"]!["answers"]!["training.academy"]!);
        Assert.Equal(respondentId, (string)kept["response"]!["respondentId"]!);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task Survey_RefusesAMissingToken_AnUnknownLink_BadInputByPlace_AWrongResumeCode_AndAClosedCycle(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var cycle = await OpenCycleAsync(host);

        var noTokenGet = await ProblemAsync(await SendAsync(host, HttpMethod.Get, null), HttpStatusCode.BadRequest);
        var noTokenPost = await ProblemAsync(await SubmitAsync(host, null, Answer(2)), HttpStatusCode.BadRequest);
        var unknownGet = await ProblemAsync(await SendAsync(host, HttpMethod.Get, "t-nosuchlink", byPath: true), HttpStatusCode.NotFound);
        var unknownPost = await ProblemAsync(await SubmitAsync(host, "t-nosuchlink", Answer(2)), HttpStatusCode.NotFound);
        var badAnswer = await ProblemAsync(await SubmitAsync(host, cycle.Token, Answer(9)), HttpStatusCode.BadRequest);
        var badKey = await ProblemAsync(await SubmitAsync(host, cycle.Token, Answer(2), ("Idempotency-Key", new string('k', 201))), HttpStatusCode.BadRequest);
        var notJson = await ProblemAsync(await SubmitAsync(host, cycle.Token, new StringContent("academy=2")), HttpStatusCode.UnsupportedMediaType);
        var wrongCode = await ProblemAsync(await SubmitAsync(host, cycle.Token, Answer(2), ("X-Resume-Code", "K7M2Q-X9PRD")), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync($"{cycle.Path}/close", null, cycle.Key)).StatusCode);
        var closed = await ProblemAsync(await SendAsync(host, HttpMethod.Post, cycle.Token, Answer(2), byPath: true), HttpStatusCode.Conflict);
        var closedSurvey = await OkAsync(await SendAsync(host, HttpMethod.Get, cycle.Token));

        Assert.Equal("Survey link missing", (string)noTokenGet["title"]!);
        Assert.Equal(["is required"], ErrorsAt(noTokenGet, "X-Respondent-Token"));
        Assert.Equal(["is required"], ErrorsAt(noTokenPost, "X-Respondent-Token"));
        Assert.Equal("This survey link is not valid.", (string)unknownGet["detail"]!);
        Assert.Equal("This survey link is not valid.", (string)unknownPost["detail"]!);
        Assert.Equal("Invalid input", (string)badAnswer["title"]!);
        Assert.Equal("The response is invalid: 1 error.", (string)badAnswer["detail"]!);
        Assert.Equal(["answers[\"training.academy\"]"], badAnswer["errors"]!.AsObject().Select(error => error.Key));
        Assert.Equal(["must be one value of 1 to 200 visible ASCII characters (a UUID, for example)"], ErrorsAt(badKey, "Idempotency-Key"));
        // The ASP.NET Core host's routing answers 415 before the endpoint (its status-code page titles it "Unsupported Media Type").
        Assert.Equal("Unsupported media type", (string)notJson["title"]!, ignoreCase: true);
        Assert.Equal("This resume code does not work for this survey; nothing was stored. Check it, or send your answers without it as a new response.", (string)wrongCode["detail"]!);
        Assert.Equal("This assessment has closed; answers can no longer be submitted or changed.", (string)closed["detail"]!);
        Assert.Equal("closed", (string)closedSurvey["status"]!);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task ACycleWithInvitationCodes_RefusesAMissingUnknownOrUsedCode_With403_AndTakesAnIssuedOne(string kind)
    {
        // The codes are issued through the ASP.NET Core host over the same tables (issuing has its own move).
        var tables = ("Wellness:Storage:TablePrefix", AzuriteFixture.UniquePrefix());
        using var host = ApiHosts.Create(kind, azurite, tables);
        using var staff = ApiHosts.Create(ApiHosts.AspNetCore, azurite, tables);
        var cycle = await OpenCycleAsync(host);
        var issued = await staff.PostAsync($"{cycle.Path}/invitations", Json.Body(new { count = 2 }), cycle.Key);
        var codes = (await Json.ReadAsync(issued))["codes"]!.AsArray().Select(code => (string)code!).ToList();

        var survey = await OkAsync(await SendAsync(host, HttpMethod.Get, cycle.Token));
        var codeless = await ProblemAsync(await SubmitAsync(host, cycle.Token, Answer(2)), HttpStatusCode.Forbidden);
        var unknown = await ProblemAsync(await SubmitAsync(host, cycle.Token, Answer(2), ("X-Invitation-Code", "ZZZZZ-ZZZZZ")), HttpStatusCode.Forbidden);
        var accepted = await OkAsync(await SubmitAsync(host, cycle.Token, Answer(2), ("X-Invitation-Code", codes[0].Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant())));
        var used = await ProblemAsync(await SendAsync(host, HttpMethod.Post, cycle.Token, Answer(3), byPath: true, ("X-Invitation-Code", codes[0])), HttpStatusCode.Forbidden);
        var resubmitted = await OkAsync(await SubmitAsync(host, cycle.Token, Answer(4), ("X-Invitation-Code", codes[0]), ("X-Resume-Code", (string)accepted["resumeCode"]!)));

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.True((bool)survey["invitationCodeRequired"]!);
        Assert.Equal("Invitation code not accepted", (string)codeless["title"]!);
        Assert.Equal(Codeless, (string)codeless["detail"]!);
        Assert.Equal("This invitation code is not one of this survey's codes. Check it against your slip (letters and digits, like ABCDE-12345). Nothing was stored.", (string)unknown["detail"]!);
        Assert.StartsWith("This invitation code has already been used by someone else.", (string)used["detail"]!, StringComparison.Ordinal);
        Assert.Equal((string)accepted["respondentId"]!, (string)resubmitted["respondentId"]!);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task ASubmissionFlood_IsRefusedWith429AndRetryAfter_AndStoresNothing(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite, ("Wellness:Submissions:PerAddressPerMinute", "5"));
        var cycle = await OpenCycleAsync(host);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 6; i++)
        {
            refused = await SubmitAsync(host, cycle.Token, Answer(i % 5));
            statuses.Add(refused.StatusCode);
        }

        var problem = await ProblemAsync(refused!, HttpStatusCode.TooManyRequests);
        var closed = await Json.ReadAsync(await host.PostAsync($"{cycle.Path}/close", null, cycle.Key));

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("Too many requests", (string)problem["title"]!);
        Assert.StartsWith("Too many answers were sent from this network in the last minute.", (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.InRange(refused!.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Equal(5, (int)closed["responseCount"]!);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task WrongResumeCodes_CountTowardsTheLookupLimit_ThenEvenTheRightCodeIs429(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite, ("Wellness:ResumeFailuresPerTenMinutes", "2"));
        var cycle = await OpenCycleAsync(host);
        var code = (string)(await OkAsync(await SubmitAsync(host, cycle.Token, Answer(2))))["resumeCode"]!;

        var guesses = new List<HttpStatusCode>();
        foreach (var guess in new[] { "AAAAA-AAAAA", "BBBBB-BBBBB" })
        {
            guesses.Add((await SubmitAsync(host, cycle.Token, Answer(3), ("X-Resume-Code", guess))).StatusCode);
        }

        var right = await SubmitAsync(host, cycle.Token, Answer(3), ("X-Resume-Code", code));
        var problem = await ProblemAsync(right, HttpStatusCode.TooManyRequests);

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound], guesses);
        Assert.Equal("Too many attempts", (string)problem["title"]!);
        Assert.Equal("Too many resume codes were tried from this address. Wait a few minutes and try again.", (string)problem["detail"]!);
        Assert.Equal(TimeSpan.FromMinutes(10), right.Headers.RetryAfter?.Delta);
    }
}
