using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using WellnessAssessment.Serialization;
using WellnessAssessment.Storage;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

/// <summary>Stored results of closed cycles, protected counts, key rotation, the audit trail and purge, through the API.</summary>
public sealed class AgencyRecordsTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly ApiFactory _factory = new(azurite);

    public void Dispose() => _factory.Dispose();

    private async Task<(string Id, string Key)> CreateAgencyAsync(string name)
    {
        var body = await Json.ReadAsync(await _factory.ClientWithKey(ApiFactory.AdminKey).PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name })));
        return (body["id"]!.GetValue<string>(), body["key"]!.GetValue<string>());
    }

    private static async Task<(string Id, string Token)> OpenCycleAsync(HttpClient staff, string agencyId, string title)
    {
        var cycle = await Json.ReadAsync(await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative), Json.Body(new { title, instrumentId = "safer-together", instrumentVersion = "1.0.0" })));
        return (cycle["id"]!.GetValue<string>(), cycle["respondentToken"]!.GetValue<string>());
    }

    private async Task SubmitAsync(string token, string respondentId, string group, int value)
    {
        var response = await _factory.CreateClient().PostAsync(
            new Uri($"/api/surveys/{token}/responses", UriKind.Relative),
            Json.Body($$"""{ "respondentId": "{{respondentId}}", "group": "{{group}}", "answers": { "training.academy": {{value}}, "training.in-service": {{value}} } }"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Uri Cycle(string agencyId, string cycleId, string rest = "") => new($"/api/agencies/{agencyId}/assessments/{cycleId}{rest}", UriKind.Relative);

    private async Task DeleteResponseRowsBehindTheApisBackAsync(string agencyId, string cycleId)
    {
        var tables = _factory.Services.GetRequiredService<WellnessTables>();
        await foreach (var row in tables.Responses.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {agencyId + "|" + cycleId} and RowKey lt '~'")))
        {
            await tables.Responses.DeleteEntityAsync(row);
        }
    }

    [Fact]
    public async Task Results_OfAClosedCycle_AreTheSnapshotStoredAtClose_NotRescored()
    {
        var (agencyId, key) = await CreateAgencyAsync("Snapshot PD");
        var staff = _factory.ClientWithKey(key);
        var (id, token) = await OpenCycleAsync(staff, agencyId, "Spring");
        for (var i = 0; i < 6; i++)
        {
            await SubmitAsync(token, $"r{i}", "line-officer", i % 5);
        }

        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync(Cycle(agencyId, id, "/close"), null)).StatusCode);
        var atClose = await (await staff.GetAsync(Cycle(agencyId, id, "/results"))).Content.ReadAsStringAsync();
        await DeleteResponseRowsBehindTheApisBackAsync(agencyId, id);
        var afterRowsGone = await (await staff.GetAsync(Cycle(agencyId, id, "/results"))).Content.ReadAsStringAsync();
        var detail = await Json.ReadAsync(await staff.GetAsync(Cycle(agencyId, id)));

        Assert.Equal(6, WellnessJson.ReadResult(atClose).Respondents);
        Assert.Equal(atClose, afterRowsGone);
        Assert.Equal(6, detail["responseCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Counts_TheIssueExample_WithholdTheSmallGroupAndTheOneThatWouldGiveItAway_WithoutPinningEitherSize()
    {
        var (agencyId, key) = await CreateAgencyAsync("Counts PD");
        var staff = _factory.ClientWithKey(key);
        var (id, token) = await OpenCycleAsync(staff, agencyId, "Spring");
        for (var i = 0; i < 5; i++)
        {
            await SubmitAsync(token, $"o{i}", "line-officer", 2);
        }

        await SubmitAsync(token, "chief", "executive", 3);

        var detail = await Json.ReadAsync(await staff.GetAsync(Cycle(agencyId, id)));
        var groups = detail["groups"]!.AsArray().ToDictionary(g => g!["id"]!.GetValue<string>());
        var listed = (await Json.ReadAsync(await staff.GetAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative)))).AsArray().Single()!;

        Assert.Equal(6, detail["responseCount"]!.GetValue<int>());
        Assert.Null(groups["line-officer"]!["count"]);
        Assert.Equal("complementary", groups["line-officer"]!["suppressed"]!.GetValue<string>());
        Assert.False(groups["line-officer"]!["belowThreshold"]!.GetValue<bool>());
        Assert.Null(groups["executive"]!["count"]);
        // Total 6 = 1 + 5: naming the executive "below the minimum" would pin it at 1 and the line officers at 5, so both
        // are stated complementary, with no size (docs/privacy.md, rule 2).
        Assert.Equal("complementary", groups["executive"]!["suppressed"]!.GetValue<string>());
        Assert.False(groups["executive"]!["belowThreshold"]!.GetValue<bool>());
        Assert.Equal(0, groups["dispatcher"]!["count"]!.GetValue<int>());
        Assert.Equal(detail["groups"]!.ToJsonString(), listed["groups"]!.ToJsonString());
    }

    [Fact]
    public async Task Counts_WhenTheTotalIsBelowTheThreshold_WithholdTheTotalToo()
    {
        var (agencyId, key) = await CreateAgencyAsync("Tiny PD");
        var staff = _factory.ClientWithKey(key);
        var (id, token) = await OpenCycleAsync(staff, agencyId, "Spring");
        await SubmitAsync(token, "a", "line-officer", 2);
        await SubmitAsync(token, "b", "line-officer", 2);

        var detail = await Json.ReadAsync(await staff.GetAsync(Cycle(agencyId, id)));

        Assert.Null(detail["responseCount"]);
        Assert.All(detail["groups"]!.AsArray(), g => Assert.True(g!["count"] is null || g["count"]!.GetValue<int>() == 0));
    }

    [Fact]
    public async Task RotateKey_WithTheAgencyKey_ShowsTheNewKeyOnce_AndTheOldKeyIs401AtOnce()
    {
        var (agencyId, oldKey) = await CreateAgencyAsync("Rotate PD");
        var list = new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative);

        var rotated = await _factory.ClientWithKey(oldKey).PostAsync(new Uri($"/api/agencies/{agencyId}/key", UriKind.Relative), null);
        var body = await Json.ReadAsync(rotated);
        var newKey = body["key"]!.GetValue<string>();
        var withOld = await _factory.ClientWithKey(oldKey).GetAsync(list);
        var withNew = await _factory.ClientWithKey(newKey).GetAsync(list);
        var rotateAgainWithOld = await _factory.ClientWithKey(oldKey).PostAsync(new Uri($"/api/agencies/{agencyId}/key", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.Equal(agencyId, body["id"]!.GetValue<string>());
        Assert.NotEqual(oldKey, newKey);
        Assert.Equal(HttpStatusCode.Unauthorized, withOld.StatusCode);
        Assert.Contains("replaced", (await Json.ReadAsync(withOld))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, rotateAgainWithOld.StatusCode);
    }

    [Fact]
    public async Task RotateKey_WithTheAdminKey_Works_AndAnotherAgencysKeyDoesNot()
    {
        var (agencyId, oldKey) = await CreateAgencyAsync("Admin Rotate PD");
        var (_, otherKey) = await CreateAgencyAsync("Bystander PD");
        var uri = new Uri($"/api/agencies/{agencyId}/key", UriKind.Relative);

        var byOther = await _factory.ClientWithKey(otherKey).PostAsync(uri, null);
        var byAdmin = await _factory.ClientWithKey(ApiFactory.AdminKey).PostAsync(uri, null);
        var newKey = (await Json.ReadAsync(byAdmin))["key"]!.GetValue<string>();
        var unknown = await _factory.ClientWithKey(ApiFactory.AdminKey).PostAsync(new Uri("/api/agencies/no-such-agency/key", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _factory.ClientWithKey(oldKey).GetAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _factory.ClientWithKey(newKey).GetAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task AuditTrail_RecordsEachSecurityEvent_WithoutSecrets_ReadableWithTheAgencyKeyOnly()
    {
        var (agencyId, firstKey) = await CreateAgencyAsync("Audit PD");
        var staff = _factory.ClientWithKey(firstKey);
        var (id, token) = await OpenCycleAsync(staff, agencyId, "Spring");
        await staff.PostAsync(Cycle(agencyId, id, "/responses/import"), Json.Body(Json.Example("mid-size-agency.json")));
        await staff.PostAsync(Cycle(agencyId, id, "/close"), null);
        await staff.DeleteAsync(Cycle(agencyId, id, "/responses"));
        var newKey = (await Json.ReadAsync(await _factory.ClientWithKey(ApiFactory.AdminKey).PostAsync(new Uri($"/api/agencies/{agencyId}/key", UriKind.Relative), null)))["key"]!.GetValue<string>();
        var (_, otherKey) = await CreateAgencyAsync("Curious PD");

        var response = await _factory.ClientWithKey(newKey).GetAsync(new Uri($"/api/agencies/{agencyId}/audit", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        var events = JsonNode.Parse(text)!.AsArray();
        var byOther = await _factory.ClientWithKey(otherKey).GetAsync(new Uri($"/api/agencies/{agencyId}/audit", UriKind.Relative));
        var byAdmin = await _factory.ClientWithKey(ApiFactory.AdminKey).GetAsync(new Uri($"/api/agencies/{agencyId}/audit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            ["agency-created", "cycle-closed", "cycle-opened", "cycle-purged", "import-accepted", "key-rotated"],
            events.Select(e => e!["event"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal("key-rotated", events[0]!["event"]!.GetValue<string>());
        Assert.Equal("admin", events[0]!["actor"]!.GetValue<string>());
        Assert.Equal("agency-created", events[^1]!["event"]!.GetValue<string>());
        Assert.Equal("120 responses", events.Single(e => e!["event"]!.GetValue<string>() == "import-accepted")!["detail"]!.GetValue<string>());
        Assert.Equal(id, events.Single(e => e!["event"]!.GetValue<string>() == "cycle-purged")!["assessmentId"]!.GetValue<string>());
        Assert.DoesNotContain(firstKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(newKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byAdmin.StatusCode);
    }

    [Fact]
    public async Task Purge_WhileOpen_Is409_AndAfterClose_KeepsResultsReportAndTrendUnchanged()
    {
        var (agencyId, key) = await CreateAgencyAsync("Purge PD");
        var staff = _factory.ClientWithKey(key);
        var (earlierId, earlierToken) = await OpenCycleAsync(staff, agencyId, "2025");
        for (var i = 0; i < 6; i++)
        {
            await SubmitAsync(earlierToken, $"e{i}", "line-officer", 1);
        }

        var whileOpen = await staff.DeleteAsync(Cycle(agencyId, earlierId, "/responses"));
        await staff.PostAsync(Cycle(agencyId, earlierId, "/close"), null);
        var (laterId, laterToken) = await OpenCycleAsync(staff, agencyId, "2026");
        for (var i = 0; i < 6; i++)
        {
            await SubmitAsync(laterToken, $"l{i}", "line-officer", 3);
        }

        await staff.PostAsync(Cycle(agencyId, laterId, "/close"), null);
        var resultsBefore = await staff.GetStringAsync(Cycle(agencyId, earlierId, "/results"));
        var pdfBefore = await staff.GetByteArrayAsync(Cycle(agencyId, earlierId, "/report.pdf"));
        var trendBefore = await staff.GetStringAsync(Cycle(agencyId, laterId, "/results"));
        var laterPdfBefore = await staff.GetByteArrayAsync(Cycle(agencyId, laterId, "/report.pdf"));

        var purged = await staff.DeleteAsync(Cycle(agencyId, earlierId, "/responses"));
        var purgedView = await Json.ReadAsync(purged);
        var again = await staff.DeleteAsync(Cycle(agencyId, earlierId, "/responses"));
        var tables = _factory.Services.GetRequiredService<WellnessTables>();
        var rowsLeft = 0;
        await foreach (var _ in tables.Responses.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {agencyId + "|" + earlierId} and RowKey lt '~'")))
        {
            rowsLeft++;
        }

        Assert.Equal(HttpStatusCode.Conflict, whileOpen.StatusCode);
        Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
        Assert.NotNull(purgedView["purgedAt"]);
        Assert.Equal(6, purgedView["responseCount"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(0, rowsLeft);
        Assert.Equal(resultsBefore, await staff.GetStringAsync(Cycle(agencyId, earlierId, "/results")));
        Assert.Equal(pdfBefore, await staff.GetByteArrayAsync(Cycle(agencyId, earlierId, "/report.pdf")));
        Assert.Equal(trendBefore, await staff.GetStringAsync(Cycle(agencyId, laterId, "/results")));
        Assert.Equal(laterPdfBefore, await staff.GetByteArrayAsync(Cycle(agencyId, laterId, "/report.pdf")));
        Assert.NotNull(WellnessJson.ReadResult(trendBefore).Trend);
        Assert.Equal(6, (await Json.ReadAsync(await staff.GetAsync(Cycle(agencyId, earlierId))))["responseCount"]!.GetValue<int>());
    }
}
