using System.Net;
using WellnessAssessment.Instruments;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

public sealed class StatelessApiTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly ApiFactory _factory = new(azurite);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Readiness_SaysTheStoreAnswers()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/api/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"ready","store":"ok"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Instruments_ListAndGetTheCatalog()
    {
        var client = _factory.CreateClient();

        var list = await Json.ReadAsync(await client.GetAsync(new Uri("/api/instruments", UriKind.Relative)));
        var one = await client.GetAsync(new Uri("/api/instruments/safer-together?version=1.0.0", UriKind.Relative));
        var missing = await client.GetAsync(new Uri("/api/instruments/nope", UriKind.Relative));

        Assert.Equal("safer-together", list[0]!["id"]!.GetValue<string>());
        Assert.Equal(56, list[0]!["items"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(13, InstrumentLoader.Parse(await one.Content.ReadAsStringAsync()).Domains.Count());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Score_ReturnsExactlyTheCoreResult()
    {
        var body = Json.Example("mid-size-agency.json");

        var response = await _factory.CreateClient().PostAsync(new Uri("/api/score", UriKind.Relative), Json.Body(body));

        var expected = new AssessmentScorer().Score(InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0")!, WellnessJson.ReadResponseSet(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(WellnessJson.Serialize(expected), text);
        Assert.Equal("supplied", System.Text.Json.Nodes.JsonNode.Parse(text)!["origin"]!.GetValue<string>());
    }

    [Fact]
    public async Task Score_WithOptionsAndACustomInstrument_UsesThem()
    {
        var instrument = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "assessments", "safer-together.v1.json"))
            .Replace("\"id\": \"safer-together\"", "\"id\": \"custom\"", StringComparison.Ordinal);
        var body = $$"""
            { "instrument": { "id": "custom", "version": "1.0.0" },
              "responses": [ { "respondentId": "a", "group": "executive", "answers": { "training.academy": 2 } } ],
              "instrumentDefinition": {{instrument}},
              "options": { "purpose": "leadership-self-assessment", "minimumGroupSize": 3, "minimumCoverage": 0.1 } }
            """;

        var response = await _factory.CreateClient().PostAsync(new Uri("/api/score", UriKind.Relative), Json.Body(body));

        var result = WellnessJson.ReadResult(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("custom", result.Instrument.Id);
        Assert.Equal(3, result.Options.MinimumGroupSize);
        Assert.Equal(50, result.FindDomain("training")!.Score);
    }

    [Fact]
    public async Task Score_InvalidSet_ListsEveryPathAtOnce()
    {
        var body = """
            { "instrument": { "id": "safer-together", "version": "1.0.0" },
              "responses": [ { "respondentId": "a", "group": "captain", "answers": { "training.academy": 7, "nope": 1 } } ] }
            """;

        var response = await _factory.CreateClient().PostAsync(new Uri("/api/score", UriKind.Relative), Json.Body(body));
        var problem = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["responses[0].group", "responses[0].answers[\"training.academy\"]", "responses[0].answers[\"nope\"]"], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.NotNull(problem["traceId"]);
    }

    [Theory]
    [InlineData("{ \"instrument\": ", "the JSON ends too early")]
    [InlineData("{ \"instrument\": { \"id\": 5 } }", "has the wrong type of value for this field")]
    [InlineData("null", "the body is empty or null; expected a JSON object")]
    public async Task Score_MalformedJson_IsA400NamingThePlace(string body, string expected)
    {
        var response = await _factory.CreateClient().PostAsync(new Uri("/api/score", UriKind.Relative), Json.Body(body));
        var problem = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, problem["errors"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_WrongContentType_Is415()
    {
        var response = await _factory.CreateClient().PostAsync(new Uri("/api/score", UriKind.Relative), new StringContent("a,b", System.Text.Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Score_BodyOverTheLimit_Is413()
    {
        var response = await _factory.CreateClient().PostAsync(new Uri("/api/score", UriKind.Relative), Json.Body(new string(' ', (1 << 20) + 10) + "{}"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Report_ReturnsThePdfActionPlan()
    {
        var response = await _factory.CreateClient().PostAsync(new Uri("/api/reports", UriKind.Relative), Json.Body(Json.Example("small-agency-chief.json")));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
    }

    [Fact]
    public async Task Report_InvalidSet_IsA400ListingThePaths_NotAPdf()
    {
        var response = await _factory.CreateClient().PostAsync(new Uri("/api/reports", UriKind.Relative), Json.Body("""{ "instrument": { "id": "safer-together", "version": "1.0.0" }, "responses": [ { "respondentId": "a", "group": "nobody", "answers": {} } ] }"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("responses[0].group", (await Json.ReadAsync(response))["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task UnknownRoute_IsAProblem404()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/api/nope/nothing", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task OpenApi_ListsEveryClientRoute_ButNotTheHealthProbe()
    {
        var document = await Json.ReadAsync(await _factory.CreateClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();

        Assert.DoesNotContain("/api/health", paths);
        Assert.DoesNotContain("/api/health/ready", paths);
        Assert.Contains("/api/score", paths);
        Assert.Contains("/api/agencies/{agencyId}/assessments/{assessmentId}/results", paths);
        Assert.Contains("/api/surveys/{respondentToken}/responses", paths);
        Assert.Contains("/api/agencies/{agencyId}/assessments/{assessmentId}/report.pdf", paths);
        Assert.Contains("/api/agencies/{agencyId}/assessments/{assessmentId}/report.html", paths);
        Assert.Contains("/api/agencies/{agencyId}/key", paths);
        Assert.Contains("/api/agencies/{agencyId}/audit", paths);
        Assert.Contains("/api/agencies/{agencyId}/assessments/{assessmentId}/responses", paths);
        Assert.Contains("/api/agencies/{agencyId}/register/actions/{actionId}", paths);
        Assert.Contains("/api/agencies/{agencyId}/register/progress/{assessmentId}", paths);
        Assert.Contains("/api/agencies/{agencyId}/assessments/{assessmentId}/peer-comparison", paths);
        Assert.Contains("/api/benchmarks/rebuild", paths);
        Assert.Contains("/api/survey/responses", paths);
        Assert.Contains("/api/agencies/{agencyId}/assessments/{assessmentId}/invitations/sheet.pdf", paths);
        Assert.Contains("/api/survey/drafts", paths);
        Assert.Contains("/api/survey/drafts/{code}", paths);
        Assert.Contains("/api/agencies/{agencyId}/assessments/{assessmentId}/brief.pdf", paths);
        Assert.Contains("/api/agencies/{agencyId}/assessments/{assessmentId}/brief.html", paths);
        Assert.Contains("/api/agencies/{agencyId}/assessments/{assessmentId}/focus-areas", paths);
        Assert.Contains("/api/agencies/{agencyId}/profile", paths);
        Assert.Contains("/api/agencies/{agencyId}", paths);
        Assert.Contains("/api/vocabulary", paths);
        Assert.Contains("/api/agencies/{agencyId}/assessments/{assessmentId}/results/view", paths);
        Assert.Equal(17 + 6 + 5 + 5 + 2 + 1 + 2 + 1 + 2 + 2, paths.Count(p => p.StartsWith("/api/", StringComparison.Ordinal))); // action register 6, benchmarks 5, survey and invitations 5, drafts 2, headcounts 1, brief 2, focus areas 1, the agency and its profile 2, the vocabulary and the result view 2
    }

    [Fact]
    public async Task Score_IsRateLimited()
    {
        using var limited = new ApiFactory(azurite, requestsPerMinute: 2);
        var client = limited.CreateClient();
        var body = Json.Example("small-agency-chief.json");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostAsync(new Uri("/api/score", UriKind.Relative), Json.Body(body))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task StoreDown_IsA503Problem_WithoutInternals()
    {
        using var factory = new ApiFactory(azurite).WithWebHostBuilder(builder => builder.UseSetting(
            "Wellness:Storage:ConnectionString",
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;"));
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "some-agency-key");

        var response = await client.GetAsync(new Uri("/api/agencies/riverside-pd/assessments", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("The data store did not answer, so this request may not have been completed. Send it again in a moment; repeating it is safe.", System.Text.Json.Nodes.JsonNode.Parse(body)!["detail"]!.GetValue<string>());
        Assert.NotNull(System.Text.Json.Nodes.JsonNode.Parse(body)!["traceId"]);
        Assert.DoesNotContain("127.0.0.1", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }
}
