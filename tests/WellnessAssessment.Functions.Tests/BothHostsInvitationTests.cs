using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using WellnessAssessment.Functions.Tests.Hosts;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Functions.Tests;

/// <summary>A cycle's invitation codes on both hosts, with the same test bodies: issue, count, sheet, CSV, and the refusals.</summary>
[Collection(AzuriteTests.Name)]
public sealed partial class BothHostsInvitationTests(AzuriteFixture azurite)
{
    private static async Task<(string AgencyId, string Key, string Cycle)> OpenCycleAsync(IApiHost host, string name)
    {
        var created = await host.PostAsync("/api/agencies", Json.Body(new { name }), ApiHostRequests.AdminKey);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var agency = await Json.ReadAsync(created);
        var (agencyId, key) = ((string)agency["id"]!, (string)agency["key"]!);
        var opened = await host.PostAsync($"/api/agencies/{agencyId}/assessments", Json.Body(new { title = "Spring 2026", instrumentId = "safer-together", instrumentVersion = "1.0.0" }), key);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return (agencyId, key, $"/api/agencies/{agencyId}/assessments/{(string)(await Json.ReadAsync(opened))["id"]!}");
    }

    private static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await Json.ReadAsync(response);
    }

    private static IEnumerable<string> Places(JsonNode problem) => problem["errors"]!.AsObject().Select(error => error.Key);

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9A-Z]{5}-[0-9A-Z]{5}$")]
    private static partial System.Text.RegularExpressions.Regex PrintedCode();

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task IssuedCodes_AreShownOnce_Counted_AndComeBackAsASheetAndACsv(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (agencyId, key, cycle) = await OpenCycleAsync(host, "Invite PD");

        var issued = await host.PostAsync($"{cycle}/invitations", Json.Body(new { count = 3 }), key);
        var more = await Json.ReadAsync(await host.PostAsync($"{cycle}/invitations", Json.Body(new { count = 2 }), key));
        var status = await host.GetAsync($"{cycle}/invitations", key);

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal($"{cycle}/invitations", issued.Headers.Location?.OriginalString);
        var body = await Json.ReadAsync(issued);
        string[] codes = [.. body["codes"]!.AsArray().Select(code => (string)code!)];
        var url = (string)body["surveyUrl"]!;
        Assert.Equal(3, codes.Length);
        Assert.All(codes, code => Assert.Matches(PrintedCode(), code));
        Assert.Equal(3, codes.Distinct().Count());
        Assert.Equal(3, (int)body["totalIssued"]!);
        Assert.StartsWith("http://localhost/survey/#", url, StringComparison.Ordinal);
        Assert.Equal(5, (int)more["totalIssued"]!);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var counts = await Json.ReadAsync(status);
        Assert.Equal((5, 0), ((int)counts["issued"]!, (int)counts["used"]!));

        // Codes as typed (lower case, no dash) are printed in their printed form.
        var csv = await host.PostAsync($"{cycle}/invitations/sheet.csv", Json.Body(new { codes = new[] { codes[0].Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant(), codes[2] } }), key);
        var sheet = await host.PostAsync($"{cycle}/invitations/sheet.pdf", Json.Body(new { codes }), key);

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{agencyId}-{cycle.Split('/')[^1]}-invitations.csv", csv.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(["code,survey_url", $"{codes[0]},{url}", $"{codes[2]},{url}"], (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
        Assert.Equal("application/pdf", sheet.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString((await sheet.Content.ReadAsByteArrayAsync())[..5]));
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task BadCountsAndCodes_NameThePlace_AndAClosedCycleIssuesNoMore(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (_, key, cycle) = await OpenCycleAsync(host, "Refusals PD");
        var code = (string)(await Json.ReadAsync(await host.PostAsync($"{cycle}/invitations", Json.Body(new { count = 1 }), key)))["codes"]![0]!;
        var (_, _, otherCycle) = await OpenCycleAsync(host, "Other PD");

        var none = await host.PostAsync($"{cycle}/invitations", Json.Body(new { count = 0 }), key);
        var tooMany = await host.PostAsync($"{cycle}/invitations", Json.Body(new { count = 2001 }), key);
        var notJson = await host.PostAsync($"{cycle}/invitations", new StringContent("3", Encoding.UTF8, "text/plain"), key);
        var noCodes = await host.PostAsync($"{cycle}/invitations/sheet.pdf", Json.Body(new { codes = Array.Empty<string>() }), key);
        var notACode = await host.PostAsync($"{cycle}/invitations/sheet.csv", Json.Body(new { codes = new[] { code, "not-a-code" } }), key);
        var notIssuedHere = await host.PostAsync($"{otherCycle}/invitations/sheet.csv", Json.Body(new { codes = new[] { code } }), key);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync($"{cycle}/close", null, key)).StatusCode);
        var closed = await host.PostAsync($"{cycle}/invitations", Json.Body(new { count = 1 }), key);

        Assert.Equal(["count"], Places(await ProblemAsync(none, HttpStatusCode.BadRequest)));
        Assert.Equal("must be between 1 and 2000", (string)(await ProblemAsync(tooMany, HttpStatusCode.BadRequest))["errors"]!["count"]![0]!);
        await ProblemAsync(notJson, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(["codes"], Places(await ProblemAsync(noCodes, HttpStatusCode.BadRequest)));
        Assert.Equal(["codes[1]"], Places(await ProblemAsync(notACode, HttpStatusCode.BadRequest)));
        await ProblemAsync(notIssuedHere, HttpStatusCode.NotFound); // another agency's cycle: its key does not open it
        Assert.Equal("The cycle is closed; no more invitation codes can be issued.", (string)(await ProblemAsync(closed, HttpStatusCode.Conflict))["detail"]!);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task Invitations_RefuseNoKey_AnotherAgencysKey_AnUnknownCycle_AndACodeOfAnotherCycle(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (agencyId, key, cycle) = await OpenCycleAsync(host, "Owner PD");
        var (_, otherKey, _) = await OpenCycleAsync(host, "Intruder PD");
        var second = (string)(await Json.ReadAsync(await host.PostAsync($"/api/agencies/{agencyId}/assessments", Json.Body(new { title = "Autumn 2026", instrumentId = "safer-together" }), key)))["id"]!;
        var code = (string)(await Json.ReadAsync(await host.PostAsync($"{cycle}/invitations", Json.Body(new { count = 1 }), key)))["codes"]![0]!;

        var anonymous = await host.GetAsync($"{cycle}/invitations");
        var intruder = await host.PostAsync($"{cycle}/invitations", Json.Body(new { count = 1 }), otherKey);
        var unknown = await host.GetAsync($"/api/agencies/{agencyId}/assessments/a-nothere/invitations", key);
        var unknownSheet = await host.PostAsync($"/api/agencies/{agencyId}/assessments/a-nothere/invitations/sheet.pdf", Json.Body(new { codes = new[] { code } }), key);
        var otherCycle = await host.PostAsync($"/api/agencies/{agencyId}/assessments/{second}/invitations/sheet.csv", Json.Body(new { codes = new[] { code } }), key);
        var untouched = await Json.ReadAsync(await host.GetAsync($"/api/agencies/{agencyId}/assessments/{second}/invitations", key));

        await ProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        await ProblemAsync(intruder, HttpStatusCode.NotFound);
        Assert.Equal("No such assessment cycle.", (string)(await ProblemAsync(unknown, HttpStatusCode.NotFound))["detail"]!);
        await ProblemAsync(unknownSheet, HttpStatusCode.NotFound);
        Assert.Equal("holds a code that was not issued for this cycle", (string)(await ProblemAsync(otherCycle, HttpStatusCode.BadRequest))["errors"]!["codes"]![0]!);
        Assert.Equal((0, 0), ((int)untouched["issued"]!, (int)untouched["used"]!));
    }
}
