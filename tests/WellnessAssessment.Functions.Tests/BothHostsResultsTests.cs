using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using WellnessAssessment.Functions.Tests.Hosts;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Functions.Tests;

/// <summary>
/// Results, reports, the executive brief, stateless scoring and the instrument catalog on both hosts, with the same test
/// bodies: the release rule (409 while an anonymous survey is open), the files, the focus areas, the key checks and the
/// bounds on custom instruments.
/// </summary>
[Collection(AzuriteTests.Name)]
public sealed class BothHostsResultsTests(AzuriteFixture azurite)
{
    private static async Task<(string Id, string Key)> CreateAgencyAsync(IApiHost host, string name)
    {
        var created = await host.PostAsync("/api/agencies", Json.Body(new { name }), ApiHostRequests.AdminKey);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await Json.ReadAsync(created);
        return ((string)body["id"]!, (string)body["key"]!);
    }

    /// <summary>An agency with a cycle of the mid-size example (120 answers), open: its path and key.</summary>
    private static async Task<(string Cycle, string AgencyId, string Key)> ImportedCycleAsync(IApiHost host, string name)
    {
        var (agencyId, key) = await CreateAgencyAsync(host, name);
        var opened = await host.PostAsync($"/api/agencies/{agencyId}/assessments", Json.Body(new { title = "Spring 2026", instrumentId = "safer-together", instrumentVersion = "1.0.0", purpose = "anonymous-survey" }), key);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var cycle = $"/api/agencies/{agencyId}/assessments/{(string)(await Json.ReadAsync(opened))["id"]!}";
        var imported = await host.PostAsync($"{cycle}/responses/import", Json.Body(Json.Example("mid-size-agency.json")), key);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        return (cycle, agencyId, key);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, (int)(await Json.ReadAsync(response))["status"]!);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task AnOpenAnonymousSurvey_Refuses409_ThenAtCloseItsResultsReportsAndBriefAreReleased(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (cycle, agencyId, key) = await ImportedCycleAsync(host, "Results PD");

        foreach (var path in new[] { "results", "report.pdf", "report.html", "brief.pdf", "brief.html" })
        {
            await AssertProblemAsync(await host.GetAsync($"{cycle}/{path}", key), HttpStatusCode.Conflict);
        }

        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync($"{cycle}/close", null, key)).StatusCode);
        var results = await host.GetAsync($"{cycle}/results", key);
        var pdf = await host.GetAsync($"{cycle}/report.pdf", key);
        var pdfAgain = await host.GetAsync($"{cycle}/report.pdf", key);
        var html = await host.GetAsync($"{cycle}/report.html", key);

        Assert.Equal(HttpStatusCode.OK, results.StatusCode);
        var result = await Json.ReadAsync(results);
        Assert.Equal("safer-together", (string)result["instrument"]!["id"]!);
        Assert.Equal(120, (int)result["respondents"]!);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{agencyId}-{cycle.Split('/')[^1]}.pdf", pdf.Content.Headers.ContentDisposition?.FileNameStar ?? pdf.Content.Headers.ContentDisposition?.FileName);
        var pdfBytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdfBytes, 0, 5));
        // A closed cycle's report carries its closing date: downloading it again gives the same bytes.
        Assert.Equal(pdfBytes, await pdfAgain.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; img-src data:", string.Join(";", html.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("<html", await html.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task TheBrief_LeadsWithTheFocusAreasAsked_AndAnUnknownOrRepeatedDomainIs400NamingItsPlace(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (cycle, agencyId, key) = await ImportedCycleAsync(host, "Brief PD");
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync($"{cycle}/close", null, key)).StatusCode);

        var suggested = await host.GetAsync($"{cycle}/brief.html", key);
        var chosen = await host.GetAsync($"{cycle}/brief.html?focusAreas=collaboration&focusAreas=officer-trust", key);
        var pdf = await host.GetAsync($"{cycle}/brief.pdf?focusAreas=collaboration", key);
        var unknown = await host.GetAsync($"{cycle}/brief.pdf?focusAreas=collaboration&focusAreas=no-such-domain", key);
        var twice = await host.GetAsync($"{cycle}/brief.html?focusAreas=training&focusAreas=training", key);
        var four = await host.GetAsync($"{cycle}/brief.html?focusAreas=training&focusAreas=collaboration&focusAreas=officer-trust&focusAreas=plan-early", key);

        Assert.Equal(HttpStatusCode.OK, suggested.StatusCode);
        Assert.Equal("text/html", suggested.Content.Headers.ContentType?.MediaType);
        var chosenHtml = await chosen.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        var collaboration = chosenHtml.IndexOf("Establish a culture of collaboration", StringComparison.Ordinal);
        var trust = chosenHtml.IndexOf("Building officer trust and engagement", StringComparison.Ordinal);
        Assert.True(collaboration >= 0 && trust > collaboration, "the brief names the chosen focus areas, the first one first");
        Assert.NotEqual(await suggested.Content.ReadAsStringAsync(), chosenHtml);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(), 0, 5));
        Assert.Equal($"{agencyId}-{cycle.Split('/')[^1]}-brief.pdf", pdf.Content.Headers.ContentDisposition?.FileNameStar ?? pdf.Content.Headers.ContentDisposition?.FileName);
        await AssertProblemAsync(unknown, HttpStatusCode.BadRequest);
        Assert.Equal(["focusAreas[1]"], (await Json.ReadAsync(unknown))["errors"]!.AsObject().Select(error => error.Key));
        await AssertProblemAsync(twice, HttpStatusCode.BadRequest);
        Assert.Equal(["focusAreas[1]"], (await Json.ReadAsync(twice))["errors"]!.AsObject().Select(error => error.Key));
        await AssertProblemAsync(four, HttpStatusCode.BadRequest);
        Assert.Contains("focusAreas", (await Json.ReadAsync(four))["errors"]!.AsObject().Select(error => error.Key));
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task Results_RefuseNoKey_AnotherAgencysKey_AndAnUnknownCycle(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (cycle, _, _) = await ImportedCycleAsync(host, "Owner PD");
        var (_, otherKey) = await CreateAgencyAsync(host, "Intruder PD");

        await AssertProblemAsync(await host.GetAsync($"{cycle}/results"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await host.GetAsync($"{cycle}/brief.pdf", otherKey), HttpStatusCode.NotFound);
        await AssertProblemAsync(await host.GetAsync($"{cycle}/report.pdf", otherKey), HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task AnUnknownCycle_Is404_ForResultsReportAndBrief(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (agencyId, key) = await CreateAgencyAsync(host, "Lonely PD");

        foreach (var path in new[] { "results", "report.pdf", "report.html", "brief.pdf", "brief.html" })
        {
            var missing = await host.GetAsync($"/api/agencies/{agencyId}/assessments/a-nothere/{path}", key);
            await AssertProblemAsync(missing, HttpStatusCode.NotFound);
            Assert.Equal("No such assessment cycle.", (string)(await Json.ReadAsync(missing))["detail"]!);
        }
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task Score_GivesTheSameResultAsTheClosedCycle_AndReportsGiveAPdf(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var example = Json.Example("mid-size-agency.json");

        var scored = await host.PostAsync("/api/score", Json.Body(example));
        var report = await host.PostAsync("/api/reports", Json.Body(example));

        Assert.Equal(HttpStatusCode.OK, scored.StatusCode);
        Assert.Equal("application/json", scored.Content.Headers.ContentType?.MediaType);
        var result = await Json.ReadAsync(scored);
        Assert.Equal(120, (int)result["respondents"]!);
        Assert.Equal("1.0.0", (string)result["instrument"]!["version"]!);
        Assert.NotNull(result["overall"]!["score"]);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("application/pdf", report.Content.Headers.ContentType?.MediaType);
        Assert.Equal("wellness-report.pdf", report.Content.Headers.ContentDisposition?.FileNameStar ?? report.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(await report.Content.ReadAsByteArrayAsync(), 0, 5));
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task Score_RefusesBadInputNamingThePlace_AndAnOversizedInstrumentWith422NamingTheLimit(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var noResponses = await host.PostAsync("/api/score", Json.Body(new { instrument = new { id = "safer-together", version = "1.0.0" } }));
        var fixedOption = await host.PostAsync("/api/score", Json.Body("""{"instrument":{"id":"safer-together","version":"1.0.0"},"responses":[],"options":{"minimumAlphaRespondents":3}}"""));
        var notJson = await host.SendAsync(ApiHostRequests.Request(HttpMethod.Post, "/api/score", new StringContent("x", Encoding.UTF8, "text/plain"), null));
        var oversized = await host.PostAsync("/api/score", Json.Body(OversizedInstrumentRequest(items: 300)));
        var oversizedReport = await host.PostAsync("/api/reports", Json.Body(OversizedInstrumentRequest(items: 300)));

        await AssertProblemAsync(noResponses, HttpStatusCode.BadRequest);
        Assert.Equal(["responses"], (await Json.ReadAsync(noResponses))["errors"]!.AsObject().Select(error => error.Key));
        await AssertProblemAsync(fixedOption, HttpStatusCode.BadRequest);
        Assert.Equal(["options.minimumAlphaRespondents"], (await Json.ReadAsync(fixedOption))["errors"]!.AsObject().Select(error => error.Key));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        await AssertProblemAsync(oversized, HttpStatusCode.UnprocessableEntity);
        var limit = await Json.ReadAsync(oversized);
        Assert.Equal("Over a limit", (string)limit["title"]!);
        Assert.Equal("instrumentDefinition has 300 items; at most 250 are scored on this route.", (string)limit["detail"]!);
        await AssertProblemAsync(oversizedReport, HttpStatusCode.UnprocessableEntity);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task TheCatalog_ListsTheBuiltInInstruments_GivesOneByIdAndVersion_And404sAnUnknownOne(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);

        var list = await host.GetAsync("/api/instruments");
        var latest = await host.GetAsync("/api/instruments/safer-together");
        var first = await host.GetAsync("/api/instruments/safer-together?version=1.0.0");
        var unknown = await host.GetAsync("/api/instruments/no-such");
        var unknownVersion = await host.GetAsync("/api/instruments/safer-together?version=9.9.9");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var listed = (await Json.ReadAsync(list)).AsArray();
        Assert.Contains(listed, each => (string)each!["id"]! == "safer-together" && (string)each["version"]! == "1.0.0" && (int)each["domains"]! == 13);
        Assert.Equal(HttpStatusCode.OK, latest.StatusCode);
        var newest = listed.Where(each => (string)each!["id"]! == "safer-together").Select(each => Version.Parse((string)each!["version"]!)).Max()!;
        Assert.Equal(newest.ToString(), (string)(await Json.ReadAsync(latest))["version"]!);
        Assert.Equal("1.0.0", (string)(await Json.ReadAsync(first))["version"]!);
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.Equal("No instrument 'no-such'.", (string)(await Json.ReadAsync(unknown))["detail"]!);
        await AssertProblemAsync(unknownVersion, HttpStatusCode.NotFound);
        Assert.Equal("No instrument 'safer-together' version '9.9.9'.", (string)(await Json.ReadAsync(unknownVersion))["detail"]!);
    }

    /// <summary>A score request whose custom instrument has <paramref name="items"/> items in one domain (valid apart from its size).</summary>
    private static string OversizedInstrumentRequest(int items)
    {
        var instrument = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "assessments", "safer-together.v1.json")))!;
        var domain = instrument["sections"]![0]!["domains"]![0]!;
        var template = domain["items"]![0]!;
        var many = new JsonArray();
        for (var i = 0; i < items; i++)
        {
            var item = template.DeepClone();
            item["id"] = $"x.item-{i}";
            many.Add(item);
        }

        domain["items"] = many;
        return new JsonObject
        {
            ["instrument"] = new JsonObject { ["id"] = (string)instrument["id"]!, ["version"] = (string)instrument["version"]! },
            ["responses"] = new JsonArray(),
            ["instrumentDefinition"] = instrument,
        }.ToJsonString();
    }
}
