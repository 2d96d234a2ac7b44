using System.Net;
using System.Text.Json.Nodes;
using WellnessAssessment.Functions.Tests.Hosts;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Functions.Tests;

/// <summary>An agency's cycles on both hosts, with the same test bodies: open, list, get, import, close, purge, and the key checks.</summary>
[Collection(AzuriteTests.Name)]
public sealed class BothHostsCycleTests(AzuriteFixture azurite)
{
    private static async Task<(string Id, string Key)> CreateAgencyAsync(IApiHost host, string name)
    {
        var created = await host.PostAsync("/api/agencies", Json.Body(new { name }), ApiHostRequests.AdminKey);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await Json.ReadAsync(created);
        return ((string)body["id"]!, (string)body["key"]!);
    }

    private static async Task<(HttpResponseMessage Response, JsonNode Body)> OpenCycleAsync(IApiHost host, string agencyId, string key, string title = "Spring 2026")
    {
        var response = await host.PostAsync($"/api/agencies/{agencyId}/assessments", Json.Body(new { title, instrumentId = "safer-together", instrumentVersion = "1.0.0", purpose = "anonymous-survey" }), key);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (response, await Json.ReadAsync(response));
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task OpenCycle_Is201WithItsLocationAndRespondentLink_AndIsListedAndRead(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (agencyId, key) = await CreateAgencyAsync(host, "Cycle PD");

        var (created, cycle) = await OpenCycleAsync(host, agencyId, key);
        var id = (string)cycle["id"]!;
        var list = await host.GetAsync($"/api/agencies/{agencyId}/assessments", key);
        var read = await host.GetAsync($"/api/agencies/{agencyId}/assessments/{id}", key);
        var missing = await host.GetAsync($"/api/agencies/{agencyId}/assessments/a-nothere", key);

        Assert.Equal($"/api/agencies/{agencyId}/assessments/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("open", (string)cycle["status"]!);
        Assert.Equal("Spring 2026", (string)cycle["title"]!);
        Assert.StartsWith("http://localhost/", (string)cycle["respondentUrl"]!, StringComparison.Ordinal);
        Assert.Equal([id], (await Json.ReadAsync(list)).AsArray().Select(item => (string)item!["id"]!));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(cycle.ToJsonString(), (await Json.ReadAsync(read)).ToJsonString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task Cycles_RefuseNoKey_AnotherAgencysKey_AndABadRequestNamesThePlace(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (agencyId, key) = await CreateAgencyAsync(host, "Owner PD");
        var (_, otherKey) = await CreateAgencyAsync(host, "Intruder PD");

        var anonymous = await host.GetAsync($"/api/agencies/{agencyId}/assessments");
        var intruder = await host.GetAsync($"/api/agencies/{agencyId}/assessments", otherKey);
        var noTitle = await host.PostAsync($"/api/agencies/{agencyId}/assessments", Json.Body(new { instrumentId = "safer-together" }), key);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, intruder.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noTitle.StatusCode);
        Assert.Equal("application/problem+json", noTitle.Content.Headers.ContentType?.MediaType);
        Assert.Contains("title", (await Json.ReadAsync(noTitle))["errors"]!.AsObject().Select(error => error.Key), StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task Import_IsAllOrNothing_ThenCloseOnce_ThenPurge(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (agencyId, key) = await CreateAgencyAsync(host, "Import PD");
        var id = (string)(await OpenCycleAsync(host, agencyId, key)).Body["id"]!;
        var cycle = $"/api/agencies/{agencyId}/assessments/{id}";
        var example = Json.Example("mid-size-agency.json");
        var bad = example.Replace("\"group\": \"dispatcher\"", "\"group\": \"captain\"", StringComparison.Ordinal);

        var purgeWhileOpen = await host.DeleteAsync($"{cycle}/responses", key);
        var rejected = await host.PostAsync($"{cycle}/responses/import", Json.Body(bad), key);
        var accepted = await host.PostAsync($"{cycle}/responses/import", Json.Body(example), key);
        var closed = await host.PostAsync($"{cycle}/close", null, key);
        var closedAgain = await host.PostAsync($"{cycle}/close", null, key);
        var purged = await host.DeleteAsync($"{cycle}/responses", key);

        Assert.Equal(HttpStatusCode.Conflict, purgeWhileOpen.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Equal(14, (await Json.ReadAsync(rejected))["errors"]!.AsObject().Count);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(120, (int)(await Json.ReadAsync(accepted))["imported"]!);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var closedView = await Json.ReadAsync(closed);
        Assert.Equal("closed", (string)closedView["status"]!);
        Assert.Equal(120, (int)closedView["responseCount"]!);
        Assert.Equal(HttpStatusCode.Conflict, closedAgain.StatusCode);
        Assert.Equal("application/problem+json", closedAgain.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
        Assert.NotNull((await Json.ReadAsync(purged))["purgedAt"]);
    }
}
