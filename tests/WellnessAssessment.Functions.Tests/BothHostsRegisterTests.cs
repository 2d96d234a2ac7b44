using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using WellnessAssessment.Functions.Tests.Hosts;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Functions.Tests;

/// <summary>
/// An agency's action register on both hosts, with the same test bodies: adopt, list, read and edit with versions
/// (If-Match, 412, 428), the CSV and iCalendar downloads, the progress of the previous cycle's actions, and the refusals.
/// </summary>
[Collection(AzuriteTests.Name)]
public sealed class BothHostsRegisterTests(AzuriteFixture azurite)
{
    private static async Task<(string Id, string Key)> CreateAgencyAsync(IApiHost host, string name)
    {
        var created = await host.PostAsync("/api/agencies", Json.Body(new { name }), ApiHostRequests.AdminKey);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await Json.ReadAsync(created);
        return ((string)body["id"]!, (string)body["key"]!);
    }

    private static async Task<string> OpenCycleAsync(IApiHost host, string agencyId, string key, string title)
    {
        var response = await host.PostAsync($"/api/agencies/{agencyId}/assessments", Json.Body(new { title, instrumentId = "safer-together", instrumentVersion = "1.0.0" }), key);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)(await Json.ReadAsync(response))["id"]!;
    }

    /// <summary>A cycle with the 120 responses of the mid-size example imported, then closed.</summary>
    private static async Task<string> ClosedCycleAsync(IApiHost host, string agencyId, string key, string title)
    {
        var id = await OpenCycleAsync(host, agencyId, key, title);
        var cycle = $"/api/agencies/{agencyId}/assessments/{id}";
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync($"{cycle}/responses/import", Json.Body(Json.Example("mid-size-agency.json")), key)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync($"{cycle}/close", null, key)).StatusCode);
        return id;
    }

    private static Task<HttpResponseMessage> PutAsync(IApiHost host, string path, string? ifMatch, object edit, string key)
    {
        var request = ApiHostRequests.Request(HttpMethod.Put, path, Json.Body(edit), key);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return host.SendAsync(request);
    }

    private static void AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task Adopt_List_Get_AndEditTheVersionNamed_AStaleOneIs412WithTheCurrentAction_NoneIs428(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (agencyId, key) = await CreateAgencyAsync(host, "Register PD");
        var cycle = await ClosedCycleAsync(host, agencyId, key, "Autumn 2025");
        var register = $"/api/agencies/{agencyId}/register";

        var adopted = await host.PostAsync($"{register}/adopt", Json.Body(new { top = 3 }), key);
        var receipt = await Json.ReadAsync(adopted);
        var id = (string)receipt["adopted"]![0]!["action"]!["id"]!;
        var read = await host.GetAsync($"{register}/actions/{id}", key);
        var etag = read.Headers.ETag!.ToString();
        var noIfMatch = await PutAsync(host, $"{register}/actions/{id}", null, new { status = "done" }, key);
        var edited = await PutAsync(host, $"{register}/actions/{id}", etag, new { assignee = "Lt. Diaz", due = "2020-01-31", status = "in-progress" }, key);
        var stale = await PutAsync(host, $"{register}/actions/{id}", etag, new { status = "dropped", droppedReason = "No budget" }, key);
        var list = await Json.ReadAsync(await host.GetAsync(register, key));

        Assert.Equal(HttpStatusCode.OK, adopted.StatusCode);
        Assert.Equal(cycle, (string)receipt["assessmentId"]!);
        Assert.Equal(3, receipt["adopted"]!.AsArray().Count);
        Assert.Equal("application/json", read.Content.Headers.ContentType?.MediaType);
        Assert.Equal((string)(await Json.ReadAsync(read))["version"]!, Version(etag));
        AssertProblem(noIfMatch, (HttpStatusCode)428);
        Assert.Equal("Precondition required", (string)(await Json.ReadAsync(noIfMatch))["title"]!);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var editedBody = await Json.ReadAsync(edited);
        Assert.Equal("in-progress", (string)editedBody["action"]!["status"]!);
        Assert.True((bool)editedBody["overdue"]!);
        Assert.NotEqual(etag, edited.Headers.ETag!.ToString());
        AssertProblem(stale, HttpStatusCode.PreconditionFailed);
        var staleBody = await Json.ReadAsync(stale);
        Assert.Equal(edited.Headers.ETag!.ToString(), stale.Headers.ETag!.ToString());
        Assert.Equal((string)editedBody["version"]!, (string)staleBody["currentVersion"]!);
        Assert.Equal("Lt. Diaz", (string)staleBody["current"]!["action"]!["assignee"]!);
        Assert.Equal((3, 2, 1, 1), ((int)list["summary"]!["total"]!, (int)list["summary"]!["planned"]!, (int)list["summary"]!["inProgress"]!, (int)list["summary"]!["overdue"]!));
        Assert.Equal(receipt["adopted"]!.AsArray().Select(view => (string)view!["action"]!["id"]!), list["actions"]!.AsArray().Select(view => (string)view!["action"]!["id"]!));
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task Register_RefusesNoKey_AnotherAgencysKey_UnknownIds_BadInputByPlace_AndAdoptingFromAnOpenCycle(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (agencyId, key) = await CreateAgencyAsync(host, "Owner PD");
        var (_, otherKey) = await CreateAgencyAsync(host, "Intruder PD");
        var register = $"/api/agencies/{agencyId}/register";
        var open = await OpenCycleAsync(host, agencyId, key, "Spring 2026");

        var noClosedCycle = await host.PostAsync($"{register}/adopt", Json.Body(new { top = 1 }), key);
        var fromOpen = await host.PostAsync($"{register}/adopt", Json.Body(new { assessmentId = open }), key);
        var badTop = await host.PostAsync($"{register}/adopt", Json.Body(new { top = 0 }), key);
        await ClosedCycleAsync(host, agencyId, key, "Autumn 2025");
        var id = (string)(await Json.ReadAsync(await host.PostAsync($"{register}/adopt", Json.Body(new { top = 1 }), key)))["adopted"]![0]!["action"]!["id"]!;
        var etag = (await host.GetAsync($"{register}/actions/{id}", key)).Headers.ETag!.ToString();
        var noStatus = await PutAsync(host, $"{register}/actions/{id}", etag, new { notes = "x" }, key);
        var noReason = await PutAsync(host, $"{register}/actions/{id}", etag, new { status = "dropped" }, key);

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.GetAsync(register)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync(register, otherKey)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync($"{register}/export.csv", otherKey)).StatusCode);
        AssertProblem(await host.GetAsync($"{register}/actions/no-such-action", key), HttpStatusCode.NotFound);
        AssertProblem(await host.GetAsync($"{register}/actions/a%20b", key), HttpStatusCode.NotFound);
        AssertProblem(await PutAsync(host, $"{register}/actions/no-such-action", "\"x\"", new { status = "done" }, key), HttpStatusCode.NotFound);
        AssertProblem(await host.GetAsync($"{register}/progress/a-nothere", key), HttpStatusCode.NotFound);
        AssertProblem(noClosedCycle, HttpStatusCode.Conflict);
        AssertProblem(fromOpen, HttpStatusCode.Conflict);
        AssertProblem(badTop, HttpStatusCode.BadRequest);
        Assert.Equal("must be from 1 to 500", (string)(await Json.ReadAsync(badTop))["errors"]!["top"]![0]!);
        AssertProblem(noStatus, HttpStatusCode.BadRequest);
        Assert.Equal("is required (planned, in-progress, done or dropped)", (string)(await Json.ReadAsync(noStatus))["errors"]!["status"]![0]!);
        AssertProblem(noReason, HttpStatusCode.BadRequest);
        Assert.NotNull((await Json.ReadAsync(noReason))["errors"]!["droppedReason"]);
        AssertProblem(await host.GetAsync($"{register}/progress/{open}", key), HttpStatusCode.Conflict);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task Exports_AreDownloadsNamedForTheAgency_CsvWithBomAndARowPerAction_CalendarWithATodoPerAction(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (agencyId, key) = await CreateAgencyAsync(host, "Añasco PD");
        await ClosedCycleAsync(host, agencyId, key, "Autumn 2025");
        var register = $"/api/agencies/{agencyId}/register";
        var ids = (await Json.ReadAsync(await host.PostAsync($"{register}/adopt", Json.Body(new { top = 2 }), key)))["adopted"]!.AsArray()
            .Select(view => (string)view!["action"]!["id"]!).ToList();

        var csv = await host.GetAsync($"{register}/export.csv", key);
        var ics = await host.GetAsync($"{register}/export.ics", key);
        var csvBytes = await csv.Content.ReadAsByteArrayAsync();
        var icsText = (await ics.Content.ReadAsStringAsync()).Replace("\r\n ", string.Empty, StringComparison.Ordinal); // unfolded
        var rows = Encoding.UTF8.GetString(csvBytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv; charset=utf-8", csv.Content.Headers.ContentType!.ToString());
        Assert.Equal(("attachment", $"{agencyId}-actions.csv"), (csv.Content.Headers.ContentDisposition!.DispositionType, csv.Content.Headers.ContentDisposition.FileName));
        Assert.Equal([0xEF, 0xBB, 0xBF], csvBytes[..3]);
        Assert.Equal("id,sourceCycle,itemId,domainId,level,recommendation,owner,assignee,due,status,droppedReason,overdue,notes,evidenceLink,lastChange", rows[0]);
        Assert.Equal(ids, rows.Skip(1).Select(row => row.Split(',')[0]));
        Assert.Equal("text/calendar; charset=utf-8", ics.Content.Headers.ContentType!.ToString());
        Assert.Equal($"{agencyId}-actions.ics", ics.Content.Headers.ContentDisposition!.FileName);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", icsText, StringComparison.Ordinal);
        Assert.Contains("X-WR-CALNAME:Añasco PD: action register\r\n", icsText, StringComparison.Ordinal);
        Assert.Equal(ids.Select(id => $"UID:{id}@{agencyId}.wellness-assessment"), icsText.Split("\r\n").Where(line => line.StartsWith("UID:", StringComparison.Ordinal)));
        Assert.Equal(2, icsText.Split("\r\n").Count(line => line == "STATUS:NEEDS-ACTION"));
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task Progress_OfTheNextClosedCycle_CoversTheActionsAdoptedFromThePreviousOne(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var (agencyId, key) = await CreateAgencyAsync(host, "Progress PD");
        var earlier = await ClosedCycleAsync(host, agencyId, key, "Autumn 2025");
        var register = $"/api/agencies/{agencyId}/register";
        var adopted = (await Json.ReadAsync(await host.PostAsync($"{register}/adopt", Json.Body(new { top = 3 }), key)))["adopted"]!.AsArray()
            .Select(view => (string)view!["action"]!["id"]!).ToList();
        var later = await ClosedCycleAsync(host, agencyId, key, "Spring 2026");

        var progress = await host.GetAsync($"{register}/progress/{later}", key);
        var body = await Json.ReadAsync(progress);
        var firstCycle = await host.GetAsync($"{register}/progress/{earlier}", key);

        Assert.Equal(HttpStatusCode.OK, progress.StatusCode);
        Assert.Equal("application/json", progress.Content.Headers.ContentType?.MediaType);
        Assert.Equal((later, earlier), ((string)body["assessmentId"]!, (string)body["previousAssessmentId"]!));
        Assert.Equal((120, 120), ((int)body["report"]!["earlierRespondents"]!, (int)body["report"]!["laterRespondents"]!));
        Assert.Equal(3, body["report"]!["actions"]!.AsArray().Count);
        AssertProblem(firstCycle, HttpStatusCode.Conflict);
        Assert.Equal(3, adopted.Count);
    }

    /// <summary>The store version inside an entity tag the API issued (base64url of the version).</summary>
    private static string Version(string etag)
    {
        var inner = EntityTagHeaderValue.Parse(etag).Tag[1..^1].Replace('-', '+').Replace('_', '/');
        return Encoding.UTF8.GetString(Convert.FromBase64String(inner + new string('=', (4 - (inner.Length % 4)) % 4)));
    }
}
