using System.Net;
using System.Text.Json.Nodes;
using WellnessAssessment.Functions.Tests.Hosts;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Functions.Tests;

/// <summary>Resume codes on both hosts, with the same test bodies: keep, read back, update; the refusals; the draft flood and the lookup limit (429).</summary>
[Collection(AzuriteTests.Name)]
public sealed class BothHostsDraftTests(AzuriteFixture azurite)
{
    private static async Task<(string AgencyId, string Key, string CycleId, string Token)> OpenCycleAsync(IApiHost host)
    {
        var agency = await Json.ReadAsync(await host.PostAsync("/api/agencies", Json.Body(new { name = "Draft County Sheriff" }), ApiHostRequests.AdminKey));
        var (agencyId, key) = ((string)agency["id"]!, (string)agency["key"]!);
        var cycle = await Json.ReadAsync(await host.PostAsync($"/api/agencies/{agencyId}/assessments", Json.Body(new { title = "Spring 2026", instrumentId = "safer-together", instrumentVersion = "2.0.0" }), key));
        return (agencyId, key, (string)cycle["id"]!, (string)cycle["respondentToken"]!);
    }

    private static StringContent Draft(int academy, int part) =>
        Json.Body($$"""{ "response": { "respondentId": "r-7f3a", "group": "dispatcher", "answers": { "training.academy": {{academy}} } }, "part": {{part}} }""");

    private static Task<HttpResponseMessage> SendAsync(IApiHost host, HttpMethod method, string? token, string path = "", HttpContent? body = null, string? forwardedFor = null)
    {
        var request = ApiHostRequests.Request(method, "/api/survey/drafts" + path, body, null);
        if (token is not null)
        {
            request.Headers.Add("X-Respondent-Token", token);
        }

        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return host.SendAsync(request);
    }

    private static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await Json.ReadAsync(response);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task Draft_IsKeptUnderACode_ReadBackLoosely_AndUpdated_UnderTheServersRespondentId(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (_, _, _, token) = await OpenCycleAsync(host);

        var created = await SendAsync(host, HttpMethod.Post, token, body: Draft(2, 1));
        var code = (string)(await Json.ReadAsync(created))["code"]!;
        var typed = Uri.EscapeDataString(code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant());
        var read = await Json.ReadAsync(await SendAsync(host, HttpMethod.Get, token, $"/{typed}"));
        var saved = await SendAsync(host, HttpMethod.Put, token, $"/{code}", Draft(4, 3));
        var updated = await Json.ReadAsync(await SendAsync(host, HttpMethod.Get, token, $"/{code}"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Null(created.Headers.Location);
        Assert.Matches("^[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$", code);
        Assert.Equal(2, (int)read["response"]!["answers"]!["training.academy"]!);
        Assert.Equal(1, (int)read["part"]!);
        Assert.StartsWith("o-", (string)read["response"]!["respondentId"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(code, (string)(await Json.ReadAsync(saved))["code"]!);
        Assert.Equal(4, (int)updated["response"]!["answers"]!["training.academy"]!);
        Assert.Equal(3, (int)updated["part"]!);
        Assert.Equal((string)read["response"]!["respondentId"]!, (string)updated["response"]!["respondentId"]!);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task Drafts_RefuseAMissingToken_AnUnknownLinkOrCode_ABadPart_AndAClosedCycle(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (agencyId, key, cycleId, token) = await OpenCycleAsync(host);

        var noToken = await ProblemAsync(await SendAsync(host, HttpMethod.Post, null, body: Draft(2, 1)), HttpStatusCode.BadRequest);
        var unknownLink = await ProblemAsync(await SendAsync(host, HttpMethod.Post, "t-nosuchlink", body: Draft(2, 1)), HttpStatusCode.NotFound);
        var unknownCode = await ProblemAsync(await SendAsync(host, HttpMethod.Get, token, "/K7M2Q-X9PRD"), HttpStatusCode.NotFound);
        var badPart = await ProblemAsync(await SendAsync(host, HttpMethod.Post, token, body: Draft(2, 99)), HttpStatusCode.BadRequest);
        var badAnswer = await ProblemAsync(await SendAsync(host, HttpMethod.Post, token, body: Draft(9, 1)), HttpStatusCode.BadRequest);
        var code = (string)(await Json.ReadAsync(await SendAsync(host, HttpMethod.Post, token, body: Draft(2, 1))))["code"]!;
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync($"/api/agencies/{agencyId}/assessments/{cycleId}/close", null, key)).StatusCode);
        var closed = await ProblemAsync(await SendAsync(host, HttpMethod.Get, token, $"/{code}"), HttpStatusCode.Conflict);

        Assert.Equal("Survey link missing", (string)noToken["title"]!);
        Assert.Equal(["is required"], noToken["errors"]!["X-Respondent-Token"]!.AsArray().Select(message => (string)message!));
        Assert.Equal("This survey link is not valid.", (string)unknownLink["detail"]!);
        Assert.Equal("This resume code does not work for this survey. Check it, or start again.", (string)unknownCode["detail"]!);
        Assert.Equal(["must be between 0 and 16"], badPart["errors"]!["part"]!.AsArray().Select(message => (string)message!));
        Assert.Contains(badAnswer["errors"]!.AsObject(), error => error.Key.StartsWith("response.answers", StringComparison.Ordinal));
        Assert.Equal("This assessment has closed; answers can no longer be saved, and resume codes no longer work.", (string)closed["detail"]!);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task ADraftFlood_IsRefusedWith429AndRetryAfter_CountedByTheClientTheHostTrusts(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite, ("Wellness:Submissions:DraftsPerAddressPerMinute", "3"));
        var (_, _, _, token) = await OpenCycleAsync(host);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await SendAsync(host, HttpMethod.Post, token, body: Draft(2, 1), forwardedFor: "192.0.2.66, 203.0.113.7")).StatusCode);
        }

        var refused = await SendAsync(host, HttpMethod.Post, token, body: Draft(2, 1), forwardedFor: "203.0.113.7");
        var neighbour = await SendAsync(host, HttpMethod.Post, token, body: Draft(2, 1), forwardedFor: "203.0.113.7, 203.0.113.8");
        var problem = await ProblemAsync(refused, HttpStatusCode.TooManyRequests);

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("Too many requests", (string)problem["title"]!);
        Assert.StartsWith("Too many drafts were saved from this network in the last minute.", (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.InRange(refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        // The worker sits behind the Functions host on loopback and counts the entry Azure appended (a spoofed left-most
        // entry changes nothing); the standalone ASP.NET Core host trusts no proxy, so every request is its connection's.
        Assert.Equal(kind == ApiHosts.Functions ? HttpStatusCode.Created : HttpStatusCode.TooManyRequests, neighbour.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task UnknownCodePuts_CountTowardsTheLookupLimit_ThenEvenARightCodeIs429(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite, ("Wellness:ResumeFailuresPerTenMinutes", "2"));
        var (_, _, _, token) = await OpenCycleAsync(host);
        var code = (string)(await Json.ReadAsync(await SendAsync(host, HttpMethod.Post, token, body: Draft(2, 1))))["code"]!;

        var guesses = new List<HttpStatusCode>();
        foreach (var guess in new[] { "AAAAA-AAAAA", "BBBBB-BBBBB" })
        {
            guesses.Add((await SendAsync(host, HttpMethod.Put, token, $"/{guess}", Draft(3, 1))).StatusCode);
        }

        var right = await SendAsync(host, HttpMethod.Get, token, $"/{code}");
        var problem = await ProblemAsync(right, HttpStatusCode.TooManyRequests);

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound], guesses);
        Assert.Equal("Too many attempts", (string)problem["title"]!);
        Assert.Equal("Too many resume codes were tried from this address. Wait a few minutes and try again.", (string)problem["detail"]!);
        Assert.Equal(TimeSpan.FromMinutes(10), right.Headers.RetryAfter?.Delta);
    }
}
