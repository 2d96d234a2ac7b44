using System.Net;
using System.Text.Json.Nodes;
using WellnessAssessment.Functions.Tests.Hosts;
using WellnessAssessment.Norms;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Serialization;
using WellnessAssessment.Testing;
using WellnessAssessment.Testing.Peers;

namespace WellnessAssessment.Functions.Tests;

/// <summary>
/// Peer benchmarks on both hosts, with the same test bodies: a cycle's contribution (agency key), the peer comparison
/// through the disclosure gate (leave-one-out, k agencies), the rebuild and loaded norms (admin key), and the refusals.
/// </summary>
[Collection(AzuriteTests.Name)]
public sealed class BothHostsBenchmarkTests(AzuriteFixture azurite)
{
    private static async Task<(string Id, string Key)> CreateAgencyAsync(IApiHost host, string name)
    {
        var created = await host.PostAsync("/api/agencies", Json.Body(new { name }), ApiHostRequests.AdminKey);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await Json.ReadAsync(created);
        return ((string)body["id"]!, (string)body["key"]!);
    }

    /// <summary>An agency (11–49 sworn staff) with one open cycle of the latest safer-together, answered by <paramref name="answers"/>.</summary>
    private static async Task<(string AgencyId, string Key, string Cycle)> AnsweredCycleAsync(IApiHost host, ResponseSet answers)
    {
        var (agencyId, key) = await CreateAgencyAsync(host, answers.Agency!.Name);
        var opened = await host.PostAsync($"/api/agencies/{agencyId}/assessments", Json.Body(new { title = "Spring 2027", instrumentId = "safer-together", instrumentVersion = answers.Instrument.Version, profile = new { size = "11-49" } }), key);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var cycle = $"/api/agencies/{agencyId}/assessments/{(string)(await Json.ReadAsync(opened))["id"]!}";
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync($"{cycle}/responses/import", Json.Body(WellnessJson.Serialize(answers)), key)).StatusCode);
        return (agencyId, key, cycle);
    }

    private static async Task<(string AgencyId, string Key, string Cycle)> ClosedCycleAsync(IApiHost host, ResponseSet answers)
    {
        var agency = await AnsweredCycleAsync(host, answers);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync($"{agency.Cycle}/close", null, agency.Key)).StatusCode);
        return agency;
    }

    private static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await Json.ReadAsync(response);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task Contribution_IsOffUntilOptedIn_AnOpenCycleIs409_AndAClosedOneOptsInOnceThenWithdraws(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var agency = await AnsweredCycleAsync(host, GeneratedAgencies.ResponseSets(seed: 2101, [AgencySize.From11To49])[0]);
        var contribution = $"{agency.Cycle}/benchmark-contribution";

        var before = await host.GetAsync(contribution, agency.Key);
        var whileOpen = await host.PutAsync(contribution, null, agency.Key);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync($"{agency.Cycle}/close", null, agency.Key)).StatusCode);
        var optedIn = await Json.ReadAsync(await host.PutAsync(contribution, null, agency.Key));
        var again = await Json.ReadAsync(await host.PutAsync(contribution, null, agency.Key));
        var read = await Json.ReadAsync(await host.GetAsync(contribution, agency.Key));
        var withdrawn = await host.DeleteAsync(contribution, agency.Key);
        var after = await Json.ReadAsync(await host.GetAsync(contribution, agency.Key));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("application/json", before.Content.Headers.ContentType?.MediaType);
        Assert.False((bool)(await Json.ReadAsync(before))["contributing"]!);
        Assert.Equal("The cycle is still open; close it first, then contribute it to peer comparisons.", (string)(await ProblemAsync(whileOpen, HttpStatusCode.Conflict))["detail"]!);
        Assert.True((bool)optedIn["contributing"]!);
        Assert.Equal(agency.Cycle.Split('/')[^1], (string)optedIn["assessmentId"]!);
        Assert.NotNull(optedIn["optedInAt"]);
        Assert.Equal(optedIn.ToJsonString(), again.ToJsonString());
        Assert.Equal(optedIn.ToJsonString(), read.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.False((bool)(await Json.ReadAsync(withdrawn))["contributing"]!);
        Assert.False((bool)after["contributing"]!);
        Assert.Null(after["optedInAt"]);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task CycleRoutes_RefuseNoKey_AnotherAgencysKey_AndAnUnknownCycle(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (agencyId, key) = await CreateAgencyAsync(host, "Owner PD");
        var (_, otherKey) = await CreateAgencyAsync(host, "Intruder PD");
        var unknown = $"/api/agencies/{agencyId}/assessments/a-nothere";

        var anonymous = await host.GetAsync($"{unknown}/benchmark-contribution");
        var intruder = await host.PutAsync($"{unknown}/benchmark-contribution", null, otherKey);
        var noCycle = await host.GetAsync($"{unknown}/benchmark-contribution", key);
        var noCycleWithdraw = await host.DeleteAsync($"{unknown}/benchmark-contribution", key);
        var noCycleCompare = await host.GetAsync($"{unknown}/peer-comparison", key);

        await ProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        await ProblemAsync(intruder, HttpStatusCode.NotFound);
        Assert.Equal("No such assessment cycle.", (string)(await ProblemAsync(noCycle, HttpStatusCode.NotFound))["detail"]!);
        Assert.Equal("No such assessment cycle.", (string)(await ProblemAsync(noCycleWithdraw, HttpStatusCode.NotFound))["detail"]!);
        Assert.Equal("No such assessment cycle.", (string)(await ProblemAsync(noCycleCompare, HttpStatusCode.NotFound))["detail"]!);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task PeerComparison_WaitsForClose_Is404WithoutABenchmark_AndALoadedFileIsComparedUntilRemoved(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var norms = new PeerNormsBuilder().Build(GeneratedAgencies.Results(seed: 1331, GeneratedAgencies.Sizes(2, 9, 6, 5)));
        var agency = await AnsweredCycleAsync(host, GeneratedAgencies.ResponseSets(seed: 1332, [AgencySize.From11To49], firstNumber: 90)[0]);
        var compare = $"{agency.Cycle}/peer-comparison";

        var whileOpen = await host.GetAsync(compare, agency.Key);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync($"{agency.Cycle}/close", null, agency.Key)).StatusCode);
        var noBenchmark = await host.GetAsync(compare, agency.Key);
        var loaded = await host.PutAsync("/api/benchmarks/external", Json.Body(WellnessJson.Serialize(norms)), ApiHostRequests.AdminKey);
        var compared = await host.GetAsync(compare, agency.Key);
        var removed = await host.DeleteAsync("/api/benchmarks/external/safer-together/2", ApiHostRequests.AdminKey);
        var removedAgain = await host.DeleteAsync("/api/benchmarks/external/safer-together/2", ApiHostRequests.AdminKey);
        var afterRemoval = await host.GetAsync(compare, agency.Key);

        Assert.Contains("released when the cycle closes", (string)(await ProblemAsync(whileOpen, HttpStatusCode.Conflict))["detail"]!, StringComparison.Ordinal);
        Assert.StartsWith("The deployment has no peer benchmark for safer-together 2.x yet", (string)(await ProblemAsync(noBenchmark, HttpStatusCode.NotFound))["detail"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, loaded.StatusCode);
        var summary = await Json.ReadAsync(loaded);
        Assert.Equal(("safer-together", 2, "external", 22, "rebuild"), ((string)summary["instrumentId"]!, (int)summary["majorVersion"]!, (string)summary["source"]!, (int)summary["agencies"]!, (string)summary["inForce"]!));
        Assert.Equal(HttpStatusCode.OK, compared.StatusCode);
        Assert.Equal("application/json", compared.Content.Headers.ContentType?.MediaType);
        var comparison = System.Text.Json.JsonSerializer.Deserialize(await compared.Content.ReadAsStringAsync(), WellnessJson.TypeInfo<PeerComparison>())!;
        Assert.Equal(PeerComparisonStatus.Compared, comparison.Status);
        Assert.Equal(9, comparison.Overall!.Agencies); // the file's 11–49 band: 9 agencies
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal("No benchmark file is loaded for safer-together 2.x.", (string)(await ProblemAsync(removedAgain, HttpStatusCode.NotFound))["detail"]!);
        await ProblemAsync(afterRemoval, HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task AdminRoutes_RefuseAnAgencyKey_AndNormsThatBreakTheAnonymityRulesNameThePlace(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (_, key) = await CreateAgencyAsync(host, "Not Admin PD");
        var norms = new PeerNormsBuilder().Build(GeneratedAgencies.Results(seed: 1331, GeneratedAgencies.Sizes(2, 9, 6, 5)));

        var rebuildByAgency = await host.PostAsync("/api/benchmarks/rebuild", null, key);
        var loadByAgency = await host.PutAsync("/api/benchmarks/external", Json.Body(WellnessJson.Serialize(norms)), key);
        var removeByAgency = await host.DeleteAsync("/api/benchmarks/external/safer-together/2", key);
        var tooFew = await host.PutAsync("/api/benchmarks/external", Json.Body(WellnessJson.Serialize(norms with { MinimumAgencies = 3 })), ApiHostRequests.AdminKey);
        var notJson = await host.PutAsync("/api/benchmarks/external", new StringContent("norms", System.Text.Encoding.UTF8, "text/plain"), ApiHostRequests.AdminKey);

        await ProblemAsync(rebuildByAgency, HttpStatusCode.Unauthorized);
        await ProblemAsync(loadByAgency, HttpStatusCode.Unauthorized);
        await ProblemAsync(removeByAgency, HttpStatusCode.Unauthorized);
        Assert.Contains("minimumAgencies", (await ProblemAsync(tooFew, HttpStatusCode.BadRequest))["errors"]!.AsObject().Select(error => error.Key));
        await ProblemAsync(notJson, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task Rebuild_PublishesFiveContributions_AndEachAgencySeesOnlyTheOthers_SoFourPeersQualifyNoCell(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var agencies = new List<(string AgencyId, string Key, string Cycle)>();
        foreach (var answers in GeneratedAgencies.ResponseSets(seed: 1341, GeneratedAgencies.Sizes(0, 5, 0, 0)))
        {
            var agency = await ClosedCycleAsync(host, answers);
            Assert.Equal(HttpStatusCode.OK, (await host.PutAsync($"{agency.Cycle}/benchmark-contribution", null, agency.Key)).StatusCode);
            agencies.Add(agency);
        }

        var rebuilt = await host.PostAsync("/api/benchmarks/rebuild", null, ApiHostRequests.AdminKey);
        var comparison = await host.GetAsync($"{agencies[0].Cycle}/peer-comparison", agencies[0].Key);

        Assert.Equal(HttpStatusCode.OK, rebuilt.StatusCode);
        var summary = (await Json.ReadAsync(rebuilt)).AsArray().Single(s => (string)s!["instrumentId"]! == "safer-together" && (int)s["majorVersion"]! == 2)!;
        Assert.Equal(("deployment", 5, true, 5, "rebuild"), ((string)summary["source"]!, (int)summary["agencies"]!, (bool)summary["published"]!, (int)summary["changedContributions"]!, (string)summary["inForce"]!));
        Assert.Equal(HttpStatusCode.OK, comparison.StatusCode);
        var peers = System.Text.Json.JsonSerializer.Deserialize(await comparison.Content.ReadAsStringAsync(), WellnessJson.TypeInfo<PeerComparison>())!;
        Assert.Equal(PeerComparisonStatus.NoQualifyingCell, peers.Status); // leave-one-out: 4 others, under k = 5
        Assert.Null(peers.Overall);
    }
}
