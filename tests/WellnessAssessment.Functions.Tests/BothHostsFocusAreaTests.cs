using System.Net;
using System.Text.Json.Nodes;
using WellnessAssessment.Functions.Tests.Hosts;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Functions.Tests;

/// <summary>
/// Focus areas saved per closed cycle and the agency's profile on the agency, on both hosts with the same test bodies:
/// <c>PUT …/assessments/{id}/focus-areas</c>, <c>GET /api/agencies/{id}</c>, <c>PUT /api/agencies/{id}/profile</c>.
/// </summary>
[Collection(AzuriteTests.Name)]
public sealed class BothHostsFocusAreaTests(AzuriteFixture azurite)
{
    private static async Task<(string Id, string Key)> CreateAgencyAsync(IApiHost host, string name)
    {
        var created = await host.PostAsync("/api/agencies", Json.Body(new { name }), ApiHostRequests.AdminKey);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await Json.ReadAsync(created);
        return ((string)body["id"]!, (string)body["key"]!);
    }

    private static async Task<JsonNode> OpenAsync(IApiHost host, string agencyId, string key, object body)
    {
        var response = await host.PostAsync($"/api/agencies/{agencyId}/assessments", Json.Body(body), key);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await Json.ReadAsync(response);
    }

    /// <summary>A 1.0.0 cycle with the mid-size example imported; closed unless asked otherwise.</summary>
    private static async Task<string> ClosedCycleAsync(IApiHost host, string agencyId, string key, bool close = true)
    {
        var id = (string)(await OpenAsync(host, agencyId, key, new { title = "Spring 2026", instrumentId = "safer-together", instrumentVersion = "1.0.0" }))["id"]!;
        var cycle = $"/api/agencies/{agencyId}/assessments/{id}";
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync($"{cycle}/responses/import", Json.Body(Json.Example("mid-size-agency.json")), key)).StatusCode);
        if (close)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.PostAsync($"{cycle}/close", null, key)).StatusCode);
        }

        return id;
    }

    private static string[] DomainIds(JsonNode? areas) => [.. areas!.AsArray().Select(area => (string)area!["domainId"]!)];

    private static async Task<List<JsonNode>> AuditAsync(IApiHost host, string agencyId, string key, string kind) =>
        [.. (await Json.ReadAsync(await host.GetAsync($"/api/agencies/{agencyId}/audit", key))).AsArray().Where(entry => (string)entry!["event"]! == kind).Select(entry => entry!)];

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task FocusAreas_AreSavedOnAClosedCycle_ShownByItsView_AndEachChangeIsAuditedOnce(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (agencyId, key) = await CreateAgencyAsync(host, "Focus PD");
        var id = await ClosedCycleAsync(host, agencyId, key);
        var cycle = $"/api/agencies/{agencyId}/assessments/{id}";

        var before = await Json.ReadAsync(await host.GetAsync(cycle, key));
        var saved = await host.PutAsync($"{cycle}/focus-areas", Json.Body(new { focusAreas = new[] { "wellness-supports", "training" } }), key);
        var savedView = await Json.ReadAsync(saved);
        var read = await Json.ReadAsync(await host.GetAsync(cycle, key));
        var listed = (await Json.ReadAsync(await host.GetAsync($"/api/agencies/{agencyId}/assessments", key))).AsArray().Single()!;
        var same = await host.PutAsync($"{cycle}/focus-areas", Json.Body(new { focusAreas = new[] { "wellness-supports", "training" } }), key);
        var afterSame = await AuditAsync(host, agencyId, key, "focus-areas-changed");
        var changed = await host.PutAsync($"{cycle}/focus-areas", Json.Body(new { focusAreas = new[] { "officer-trust" } }), key);
        var afterChange = await AuditAsync(host, agencyId, key, "focus-areas-changed");

        // Before any is saved, the closed cycle shows none saved and the core's suggestion (one to three domains).
        Assert.Null(before["focusAreas"]);
        Assert.InRange(DomainIds(before["suggestedFocusAreas"]).Length, 1, 3);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(["wellness-supports", "training"], DomainIds(savedView["focusAreas"]));
        Assert.Equal("Training", (string)savedView["focusAreas"]![1]!["title"]!);
        Assert.Null(savedView["suggestedFocusAreas"]);
        Assert.Equal(["wellness-supports", "training"], DomainIds(read["focusAreas"]));
        Assert.Null(read["suggestedFocusAreas"]);
        Assert.Equal(["wellness-supports", "training"], DomainIds(listed["focusAreas"]));
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        var entry = Assert.Single(afterSame);
        Assert.Equal("wellness-supports, training", (string)entry["detail"]!);
        Assert.Equal(id, (string)entry["assessmentId"]!);
        Assert.Equal(["officer-trust"], DomainIds((await Json.ReadAsync(changed))["focusAreas"]));
        Assert.Equal(["officer-trust", "wellness-supports, training"], afterChange.Select(each => (string)each["detail"]!).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task FocusAreas_RefuseAnOpenCycle_AndNameEachBadDomain_AndAnotherAgencysKey(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (agencyId, key) = await CreateAgencyAsync(host, "Refusing PD");
        var (_, otherKey) = await CreateAgencyAsync(host, "Other PD");
        var open = await ClosedCycleAsync(host, agencyId, key, close: false);
        var closed = await ClosedCycleAsync(host, agencyId, key);
        var cycle = $"/api/agencies/{agencyId}/assessments/{closed}";

        var whileOpen = await host.PutAsync($"/api/agencies/{agencyId}/assessments/{open}/focus-areas", Json.Body(new { focusAreas = new[] { "training" } }), key);
        var bad = await host.PutAsync($"{cycle}/focus-areas", Json.Body(new { focusAreas = new[] { "training", "nope", "training" } }), key);
        var none = await host.PutAsync($"{cycle}/focus-areas", Json.Body(new { focusAreas = Array.Empty<string>() }), key);
        var tooMany = await host.PutAsync($"{cycle}/focus-areas", Json.Body(new { focusAreas = new[] { "training", "officer-trust", "collaboration", "wellness-supports" } }), key);
        var missing = await host.PutAsync($"{cycle}/focus-areas", Json.Body(new { }), key);
        var intruder = await host.PutAsync($"{cycle}/focus-areas", Json.Body(new { focusAreas = new[] { "training" } }), otherKey);
        var noSuchCycle = await host.PutAsync($"/api/agencies/{agencyId}/assessments/a-nothere/focus-areas", Json.Body(new { focusAreas = new[] { "training" } }), key);

        Assert.Equal(HttpStatusCode.Conflict, whileOpen.StatusCode);
        Assert.Equal("application/problem+json", whileOpen.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["focusAreas[1]", "focusAreas[2]"], (await Json.ReadAsync(bad))["errors"]!.AsObject().Select(error => error.Key).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(["focusAreas"], (await Json.ReadAsync(none))["errors"]!.AsObject().Select(error => error.Key));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(["focusAreas"], (await Json.ReadAsync(tooMany))["errors"]!.AsObject().Select(error => error.Key));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(["focusAreas"], (await Json.ReadAsync(missing))["errors"]!.AsObject().Select(error => error.Key));
        Assert.Equal(HttpStatusCode.NotFound, intruder.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noSuchCycle.StatusCode);
        Assert.Empty(await AuditAsync(host, agencyId, key, "focus-areas-changed"));
        Assert.Null((await Json.ReadAsync(await host.GetAsync(cycle, key)))["focusAreas"]);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task ReportAndBrief_LeadWithTheSavedFocusAreas_InsteadOfTheSuggestion_UnlessTheQueryChooses(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (agencyId, key) = await CreateAgencyAsync(host, "Report Focus PD");
        var id = await ClosedCycleAsync(host, agencyId, key);
        var cycle = $"/api/agencies/{agencyId}/assessments/{id}";

        var suggested = await (await host.GetAsync($"{cycle}/report.html", key)).Content.ReadAsStringAsync();
        var suggestedBrief = await (await host.GetAsync($"{cycle}/brief.html", key)).Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, (await host.PutAsync($"{cycle}/focus-areas", Json.Body(new { focusAreas = new[] { "training" } }), key)).StatusCode);
        var chosen = await (await host.GetAsync($"{cycle}/report.html", key)).Content.ReadAsStringAsync();
        var savedBrief = await (await host.GetAsync($"{cycle}/brief.html", key)).Content.ReadAsStringAsync();
        var queriedBrief = await (await host.GetAsync($"{cycle}/brief.html?focusAreas=officer-trust", key)).Content.ReadAsStringAsync();

        Assert.Contains("Focus areas (suggested from the plan", suggestedBrief, StringComparison.Ordinal);
        Assert.DoesNotContain("Focus areas (suggested from the plan", savedBrief, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"focus\">Focus areas</h2>", savedBrief, StringComparison.Ordinal);
        Assert.Contains("Training", FocusSection(savedBrief), StringComparison.Ordinal);
        Assert.DoesNotContain("Training", FocusSection(queriedBrief), StringComparison.Ordinal);
        Assert.Contains("Building officer trust and engagement", FocusSection(queriedBrief), StringComparison.Ordinal);

        Assert.Contains("<caption>Focus areas (suggested)</caption>", suggested, StringComparison.Ordinal);
        Assert.DoesNotContain("<caption>Focus areas (suggested)</caption>", chosen, StringComparison.Ordinal);
        var table = chosen[chosen.IndexOf("<caption>Focus areas</caption>", StringComparison.Ordinal)..];
        var firstRow = table[table.IndexOf("<tbody>", StringComparison.Ordinal)..table.IndexOf("</tr>", table.IndexOf("<tbody>", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.Contains("Training", firstRow, StringComparison.Ordinal);
        var body = table[table.IndexOf("<tbody>", StringComparison.Ordinal)..table.IndexOf("</tbody>", StringComparison.Ordinal)];
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(body, "<tr>"));
    }

    /// <summary>The brief's table of focus areas and their owners.</summary>
    private static string FocusSection(string brief)
    {
        var start = brief.IndexOf("<caption>Focus areas and their owners</caption>", StringComparison.Ordinal);
        Assert.True(start >= 0, "the brief has no table of focus areas");
        return brief[start..brief.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task AgencyProfile_IsSetOnce_AndANewCycleWithoutOneTakesIt_WhileARequestsProfileWins(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (agencyId, key) = await CreateAgencyAsync(host, "Profile PD");
        var profile = new { size = "11-49", ownAcademy = false, dispatch = "shared", employeeAssistance = "city-county", unionOrAssociation = true };

        var initially = await Json.ReadAsync(await host.GetAsync($"/api/agencies/{agencyId}", key));
        var set = await host.PutAsync($"/api/agencies/{agencyId}/profile", Json.Body(profile), key);
        var again = await host.PutAsync($"/api/agencies/{agencyId}/profile", Json.Body(profile), key);
        var read = await Json.ReadAsync(await host.GetAsync($"/api/agencies/{agencyId}", key));
        var taken = await OpenAsync(host, agencyId, key, new { title = "Fall 2026", instrumentId = "safer-together" });
        var own = await OpenAsync(host, agencyId, key, new { title = "Winter 2026", instrumentId = "safer-together", profile = new { size = "up-to-10" } });
        var audit = await AuditAsync(host, agencyId, key, "agency-profile-changed");

        Assert.Equal(agencyId, (string)initially["id"]!);
        Assert.Equal("Profile PD", (string)initially["name"]!);
        Assert.Null(initially["profile"]);
        Assert.Null(initially["key"]);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var expected = System.Text.Json.JsonSerializer.SerializeToNode(profile, System.Text.Json.JsonSerializerOptions.Web)!.ToJsonString();
        Assert.Equal(expected, read["profile"]!.ToJsonString());
        Assert.Equal(expected, taken["profile"]!.ToJsonString());
        Assert.Equal("up-to-10", (string)own["profile"]!["size"]!);
        Assert.Null(own["profile"]!["dispatch"]);
        Assert.Single(audit);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task AgencyProfile_RefusesAnUnknownValueNamingTheField_AnotherAgencysKey_AndClearsWithAnEmptyObject(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (agencyId, key) = await CreateAgencyAsync(host, "Careful PD");
        var (_, otherKey) = await CreateAgencyAsync(host, "Nosy PD");

        var bad = await host.PutAsync($"/api/agencies/{agencyId}/profile", Json.Body(new { size = "enormous" }), key);
        var intruderRead = await host.GetAsync($"/api/agencies/{agencyId}", otherKey);
        var intruderWrite = await host.PutAsync($"/api/agencies/{agencyId}/profile", Json.Body(new { size = "11-49" }), otherKey);
        var anonymous = await host.GetAsync($"/api/agencies/{agencyId}");
        var set = await host.PutAsync($"/api/agencies/{agencyId}/profile", Json.Body(new { size = "50-249" }), key);
        var cleared = await host.PutAsync($"/api/agencies/{agencyId}/profile", Json.Body(new { }), key);
        var cycle = await OpenAsync(host, agencyId, key, new { title = "Spring 2027", instrumentId = "safer-together" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["size"], (await Json.ReadAsync(bad))["errors"]!.AsObject().Select(error => error.Key));
        Assert.Equal(HttpStatusCode.NotFound, intruderRead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, intruderWrite.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("50-249", (string)(await Json.ReadAsync(set))["profile"]!["size"]!);
        Assert.Null((await Json.ReadAsync(cleared))["profile"]);
        Assert.Null(cycle["profile"]);
        Assert.Equal(["cleared", "{\"size\":\"50-249\"}"], (await AuditAsync(host, agencyId, key, "agency-profile-changed")).Select(entry => (string)entry["detail"]!).Order(StringComparer.Ordinal));
    }
}
