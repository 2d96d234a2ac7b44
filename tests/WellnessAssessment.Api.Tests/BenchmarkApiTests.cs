using System.Net;
using WellnessAssessment.Norms;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Serialization;
using WellnessAssessment.Testing;
using WellnessAssessment.Testing.Peers;

namespace WellnessAssessment.Api.Tests;

public sealed class BenchmarkApiTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly ApiFactory _factory = new(azurite);

    public void Dispose() => _factory.Dispose();

    private HttpClient Admin => _factory.ClientWithKey(ApiFactory.AdminKey);

    /// <summary>An agency with one closed cycle of 11–49 sworn staff, answered by a generated response set.</summary>
    private async Task<(string AgencyId, HttpClient Staff, string CycleId)> AgencyWithClosedCycleAsync(ResponseSet answers)
    {
        var created = await Json.ReadAsync(await Admin.PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = answers.Agency!.Name })));
        var agencyId = created["id"]!.GetValue<string>();
        var staff = _factory.ClientWithKey(created["key"]!.GetValue<string>());
        var opened = await staff.PostAsync(
            new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative),
            Json.Body(new { title = "Spring 2027", instrumentId = "safer-together", instrumentVersion = answers.Instrument.Version, profile = new { size = "11-49" } }));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var cycleId = (await Json.ReadAsync(opened))["id"]!.GetValue<string>();
        var imported = await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments/{cycleId}/responses/import", UriKind.Relative), Json.Body(WellnessJson.Serialize(answers)));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments/{cycleId}/close", UriKind.Relative), null)).StatusCode);
        return (agencyId, staff, cycleId);
    }

    private static Uri Contribution(string agencyId, string cycleId) => new($"/api/agencies/{agencyId}/assessments/{cycleId}/benchmark-contribution", UriKind.Relative);

    private static async Task<(HttpStatusCode Status, PeerComparison? Comparison, string Body)> CompareAsync((string AgencyId, HttpClient Staff, string CycleId) agency)
    {
        var response = await agency.Staff.GetAsync(new Uri($"/api/agencies/{agency.AgencyId}/assessments/{agency.CycleId}/peer-comparison", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.IsSuccessStatusCode ? System.Text.Json.JsonSerializer.Deserialize(body, WellnessJson.TypeInfo<PeerComparison>()) : null, body);
    }

    private async Task<int> RebuildAsync() => (await RebuildSummaryAsync())?["agencies"]?.GetValue<int>() ?? 0;

    /// <summary>The rebuild's answer for safer-together 2.x: which norms are in force, their agencies, the changed contributions.</summary>
    private async Task<System.Text.Json.Nodes.JsonNode?> RebuildSummaryAsync()
    {
        var response = await Admin.PostAsync(new Uri("/api/benchmarks/rebuild", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summaries = (await Json.ReadAsync(response)).AsArray();
        return summaries.SingleOrDefault(s => s!["instrumentId"]!.GetValue<string>() == "safer-together" && s["majorVersion"]!.GetValue<int>() == 2);
    }

    [Fact]
    public async Task SixAgenciesOptIn_ASeventhSeesTheComparison_WithdrawalDropsOutAtTheNextRebuild()
    {
        var sets = GeneratedAgencies.ResponseSets(seed: 1341, GeneratedAgencies.Sizes(0, 8, 0, 0)); // a seed whose anonymous releases publish every measure
        var agencies = new List<(string AgencyId, HttpClient Staff, string CycleId)>();
        foreach (var set in sets)
        {
            agencies.Add(await AgencyWithClosedCycleAsync(set));
        }

        var seventh = agencies[6];
        var before = await CompareAsync(seventh);
        var defaultContribution = await Json.ReadAsync(await agencies[0].Staff.GetAsync(Contribution(agencies[0].AgencyId, agencies[0].CycleId)));
        foreach (var agency in agencies.Take(6))
        {
            var optedIn = await agency.Staff.PutAsync(Contribution(agency.AgencyId, agency.CycleId), null);
            Assert.Equal(HttpStatusCode.OK, optedIn.StatusCode);
        }

        var first = await RebuildSummaryAsync();
        var rebuilt = first!["agencies"]!.GetValue<int>();
        var (status, comparison, _) = await CompareAsync(seventh);
        var contributor = (await CompareAsync(agencies[0])).Comparison!;

        Assert.Equal(HttpStatusCode.NotFound, before.Status);
        Assert.False(defaultContribution["contributing"]!.GetValue<bool>());
        Assert.Equal(6, rebuilt); // the 7th and 8th never opted in and are never counted
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(PeerComparisonStatus.Compared, comparison!.Status);
        Assert.Equal(AgencySize.From11To49, comparison.SizeBand);
        Assert.Equal(6, comparison.Overall!.Agencies);
        Assert.Equal(PeerBasis.SizeBand, comparison.Overall.Basis);
        Assert.All(comparison.Domains, domain => Assert.Equal(6, domain.Agencies));
        Assert.Equal((true, 6, "rebuild"), (first["published"]!.GetValue<bool>(), first["changedContributions"]!.GetValue<int>(), first["inForce"]!.GetValue<string>()));
        // Six peers: the median only, rounded to whole points.
        Assert.Equal(Math.Round(comparison.Overall.Median!.Value), comparison.Overall.Median);
        Assert.Null(comparison.Overall.Mean);
        Assert.Null(comparison.Overall.P25);
        // A contributor is compared with the other five only.
        Assert.Equal(PeerComparisonStatus.Compared, contributor.Status);
        Assert.Equal(5, contributor.Overall!.Agencies);
        // The cycle's report carries the same comparison as its peer page.
        var pdf = await seventh.Staff.GetByteArrayAsync(new Uri($"/api/agencies/{seventh.AgencyId}/assessments/{seventh.CycleId}/report.pdf", UriKind.Relative));
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            var text = string.Concat(document.GetPages().SelectMany(page => page.Letters).Select(l => l.Value).Where(v => !string.IsNullOrWhiteSpace(v)));
            Assert.Contains("Comparedwith6agenciesofsimilarsize", text, StringComparison.Ordinal);
        }

        var html = await seventh.Staff.GetStringAsync(new Uri($"/api/agencies/{seventh.AgencyId}/assessments/{seventh.CycleId}/report.html", UriKind.Relative));
        Assert.Contains("Compared with 6 agencies of similar size", html, StringComparison.Ordinal);

        // Withdrawal: one changed contribution is fewer than 5, so the rebuild is kept as pending and the
        // published norms stay in force (two published norms never differ by fewer than 5 agencies).
        var withdrawn = await agencies[1].Staff.DeleteAsync(Contribution(agencies[1].AgencyId, agencies[1].CycleId));
        var pending = await RebuildSummaryAsync();
        var afterPending = (await CompareAsync(seventh)).Comparison!;

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.False((await Json.ReadAsync(withdrawn))["contributing"]!.GetValue<bool>());
        Assert.Equal((false, 1, "previous", 6), (pending!["published"]!.GetValue<bool>(), pending["changedContributions"]!.GetValue<int>(), pending["inForce"]!.GetValue<string>(), pending["agencies"]!.GetValue<int>()));
        Assert.Equal(6, afterPending.Overall!.Agencies);

        // Four more withdrawals make 5 changes: published, with one agency left, so no cell qualifies.
        foreach (var agency in agencies.Skip(2).Take(4))
        {
            Assert.Equal(HttpStatusCode.OK, (await agency.Staff.DeleteAsync(Contribution(agency.AgencyId, agency.CycleId))).StatusCode);
        }

        var published = await RebuildSummaryAsync();
        var tooFew = (await CompareAsync(seventh)).Comparison!;
        Assert.Equal((true, 5, "rebuild", 1), (published!["published"]!.GetValue<bool>(), published["changedContributions"]!.GetValue<int>(), published["inForce"]!.GetValue<string>(), published["agencies"]!.GetValue<int>()));
        Assert.Equal(PeerComparisonStatus.NoQualifyingCell, tooFew.Status);
        Assert.Empty(tooFew.Domains);
    }

    [Fact]
    public async Task Contribute_AnOpenCycle_Answers409()
    {
        var created = await Json.ReadAsync(await Admin.PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "Open Cycle Police Department" })));
        var agencyId = created["id"]!.GetValue<string>();
        var staff = _factory.ClientWithKey(created["key"]!.GetValue<string>());
        var cycle = await Json.ReadAsync(await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative), Json.Body(new { title = "Open", instrumentId = "safer-together" })));

        var response = await staff.PutAsync(Contribution(agencyId, cycle["id"]!.GetValue<string>()), null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("The cycle is still open; close it first, then contribute it to peer comparisons.", (await Json.ReadAsync(response))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task LoadExternal_NormsFile_IsUsedForComparisons_AndBadNormsAnswer400()
    {
        var norms = new PeerNormsBuilder().Build(GeneratedAgencies.Results(seed: 1331, GeneratedAgencies.Sizes(2, 9, 6, 5)));
        var agency = await AgencyWithClosedCycleAsync(GeneratedAgencies.ResponseSets(seed: 1332, [AgencySize.From11To49], firstNumber: 90)[0]);

        var loaded = await Admin.PutAsync(new Uri("/api/benchmarks/external", UriKind.Relative), Json.Body(WellnessJson.Serialize(norms)));
        var comparison = (await CompareAsync(agency)).Comparison!;
        var bad = await Admin.PutAsync(new Uri("/api/benchmarks/external", UriKind.Relative), Json.Body(WellnessJson.Serialize(norms with { MinimumAgencies = 3 })));
        var byAgency = await agency.Staff.PutAsync(new Uri("/api/benchmarks/external", UriKind.Relative), Json.Body(WellnessJson.Serialize(norms)));
        var removed = await Admin.DeleteAsync(new Uri("/api/benchmarks/external/safer-together/2", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, loaded.StatusCode);
        Assert.Equal(22, (await Json.ReadAsync(loaded))["agencies"]!.GetValue<int>());
        Assert.Equal(PeerComparisonStatus.Compared, comparison.Status);
        Assert.Equal(9, comparison.Overall!.Agencies);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("minimumAgencies", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(byAgency.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
    }
}
