using System.Net;
using System.Text.Json.Nodes;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

/// <summary>The core's respondent-id rule (no e-mail address) answered over HTTP, for the survey link and the import.</summary>
public sealed class RespondentIdRuleTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private const string Rule = "looks like an email address; respondent ids must not identify people: use an opaque id";
    private readonly ApiFactory _factory = new(azurite);

    public void Dispose() => _factory.Dispose();

    private async Task<(string AgencyId, HttpClient Staff, string CycleId, string Token)> OpenCycleAsync(string name)
    {
        var created = await _factory.ClientWithKey(ApiFactory.AdminKey).PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var agency = await Json.ReadAsync(created);
        var agencyId = agency["id"]!.GetValue<string>();
        var staff = _factory.ClientWithKey(agency["key"]!.GetValue<string>());
        var opened = await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative), Json.Body(new { title = "Spring 2026", instrumentId = "safer-together", instrumentVersion = "1.0.0" }));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var cycle = await Json.ReadAsync(opened);
        return (agencyId, staff, cycle["id"]!.GetValue<string>(), cycle["respondentToken"]!.GetValue<string>());
    }

    private static async Task<int> ResponseCountAsync(HttpClient staff, string agencyId, string cycleId) =>
        (await Json.ReadAsync(await staff.GetAsync(new Uri($"/api/agencies/{agencyId}/assessments/{cycleId}", UriKind.Relative))))["responseCount"]!.GetValue<int>();

    [Fact]
    public async Task SurveySubmission_WithAnEmailAsRespondentId_StoresTheServersIdInstead()
    {
        var (agencyId, staff, cycleId, token) = await OpenCycleAsync("Email Link PD");

        var accepted = await _factory.CreateClient().PostAsync(new Uri($"/api/surveys/{token}/responses", UriKind.Relative),
            Json.Body("""{ "respondentId": "jane.doe@agency.gov", "group": "fto", "answers": { "training.academy": 2 } }"""));

        // Online respondent ids are issued by the server, so an e-mail address sent by the page is never stored.
        Assert.True(accepted.IsSuccessStatusCode, accepted.StatusCode.ToString());
        var id = (await Json.ReadAsync(accepted))["respondentId"]!.GetValue<string>();
        Assert.DoesNotContain("@", id, StringComparison.Ordinal);
        Assert.NotEqual("jane.doe@agency.gov", id);
    }

    [Fact]
    public async Task Import_WithAnEmailAsRespondentId_Is400NamingTheResponse_AndImportsNothing()
    {
        var (agencyId, staff, cycleId, _) = await OpenCycleAsync("Email Import PD");
        var set = JsonNode.Parse(Json.Example("mid-size-agency.json"))!;
        set["responses"]![7]!["respondentId"] = "pat.smith@agency.gov";

        var refused = await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments/{cycleId}/responses/import", UriKind.Relative), Json.Body(set.ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var errors = (await Json.ReadAsync(refused))["errors"]!.AsObject();
        var (path, messages) = Assert.Single(errors);
        Assert.Equal("responses[7].respondentId", path);
        Assert.Equal(Rule, Assert.Single(messages!.AsArray())!.GetValue<string>());
        Assert.Equal(0, await ResponseCountAsync(staff, agencyId, cycleId));
    }
}
