using System.Net;
using System.Text.Json.Nodes;
using WellnessAssessment.Profiles;
using WellnessAssessment.Results;
using WellnessAssessment.Functions.Tests.Hosts;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Functions.Tests;

/// <summary>
/// What the console renders without deciding it, on both hosts: a cycle's result view (short titles, gap notes in the
/// reports' words, heat-map cells with their bands) and the vocabulary of the forms (profile values, headcount range).
/// </summary>
[Collection(AzuriteTests.Name)]
public sealed class BothHostsPresentationTests(AzuriteFixture azurite)
{
    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task TheResultView_ClassifiesEveryHeatMapCellByTheResultsBandEdges_AndIsReleasedAsTheResultsAre(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var created = await host.PostAsync("/api/agencies", Json.Body(new { name = "View PD" }), ApiHostRequests.AdminKey);
        var agency = await Json.ReadAsync(created);
        var (agencyId, key) = ((string)agency["id"]!, (string)agency["key"]!);
        var opened = await host.PostAsync($"/api/agencies/{agencyId}/assessments", Json.Body(new { title = "Spring 2026", instrumentId = "safer-together", instrumentVersion = "1.0.0", purpose = "anonymous-survey" }), key);
        var cycle = $"/api/agencies/{agencyId}/assessments/{(string)(await Json.ReadAsync(opened))["id"]!}";
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync($"{cycle}/responses/import", Json.Body(Json.Example("mid-size-agency.json")), key)).StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await host.GetAsync($"{cycle}/results/view", key)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync($"{cycle}/close", null, key)).StatusCode);
        var result = await Json.ReadAsync(await host.GetAsync($"{cycle}/results", key));
        var response = await host.GetAsync($"{cycle}/results/view", key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await Json.ReadAsync(response);

        var edges = result["options"]!["bandEdges"]!;
        var bandEdges = new BandEdges((double)edges["emerging"]!, (double)edges["developing"]!, (double)edges["established"]!, (double)edges["leading"]!);
        var domains = result["sections"]!.AsArray().SelectMany(section => section!["domains"]!.AsArray()).ToList();
        var rows = view["heatMap"]!["rows"]!.AsArray();
        Assert.Equal(domains.Select(domain => (string)domain!["id"]!), rows.Select(row => (string)row!["domainId"]!));
        Assert.Equal(domains.Select(domain => (string)domain!["id"]!), view["domains"]!.AsArray().Select(domain => (string)domain!["id"]!));
        var cells = rows.SelectMany(row => row!["cells"]!.AsArray()).ToList();
        Assert.Contains(cells, cell => cell!["score"] is not null);
        foreach (var cell in cells)
        {
            var score = (double?)cell!["score"];
            var expected = bandEdges.Classify(score) is { } band ? band.ToString().ToLowerInvariant() : null;
            Assert.Equal(expected, (string?)cell["band"]);
        }

        // The first column is the domain's own score and band.
        Assert.Equal(domains.Select(domain => (string?)domain!["band"]), rows.Select(row => (string?)row!["cells"]![0]!["band"]));
        Assert.Equal(5, view["heatMap"]!["legend"]!.AsArray().Count);
        Assert.All(view["domains"]!.AsArray(), domain => Assert.InRange(((string)domain!["shortTitle"]!).Length, 1, 24));
        // Gap notes: "flagged" exactly where the result flags the gap; otherwise the reports' note for the status.
        foreach (var (domain, presented) in domains.Zip(view["domains"]!.AsArray()))
        {
            var gap = domain!["perceptionGap"]!;
            var note = (string)presented!["gapNote"]!;
            if ((bool)gap["flagged"]!)
            {
                Assert.Equal("flagged", note);
            }
            else if ((string)gap["status"]! == "computed")
            {
                Assert.Equal(string.Empty, note);
            }
            else
            {
                Assert.Contains(note, new[] { "too few respondents in a pool", "withheld to protect a small group", "no leadership/frontline pools" });
            }
        }
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task TheVocabulary_ListsTheProfileValuesTheLibraryReads_AndTheHeadcountRange(string kind)
    {
        using var host = ApiHosts.Create(kind, azurite);
        var response = await host.GetAsync("/api/vocabulary");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var vocabulary = await Json.ReadAsync(response);

        Assert.Equal(WellnessAssessment.Participation.Headcounts.MinimumHeadcount, (int)vocabulary["headcount"]!["minimum"]!);
        Assert.Equal(WellnessAssessment.Participation.Headcounts.MaximumHeadcount, (int)vocabulary["headcount"]!["maximum"]!);
        Assert.Equal(["initial", "emerging", "developing", "established", "leading"], vocabulary["bands"]!.AsArray().Select(band => (string)band!));
        var fields = vocabulary["profile"]!.AsArray();
        Assert.Equal(["size", "ownAcademy", "dispatch", "employeeAssistance", "unionOrAssociation"], fields.Select(field => (string)field!["key"]!));
        // Every value of a choice field is one the library reads into a profile.
        foreach (var field in fields.Where(field => !(bool)field!["boolean"]!))
        {
            foreach (var choice in field!["choices"]!.AsArray())
            {
                var profile = System.Text.Json.JsonSerializer.Deserialize<AgencyProfile>(new JsonObject { [(string)field["key"]!] = (string)choice!["value"]! }.ToJsonString(), WellnessJson.Options);
                Assert.False(profile!.IsEmpty);
            }
        }

        Assert.Equal(Enum.GetValues<AgencySize>().Length, fields[0]!["choices"]!.AsArray().Count);
    }
}
