using System.Net;
using System.Text.Json.Nodes;
using WellnessAssessment.Responses;
using WellnessAssessment.Serialization;
using WellnessAssessment.Testing;
using WellnessAssessment.Testing.Peers;

namespace WellnessAssessment.Api.Tests;

/// <summary>
/// Issue 25, attack 9, over HTTP as an agency with its own key would try it: one peer comparison where a cell holds 5
/// agencies (leave-one-out with 6 contributors). With the mean and p10 … p90 of five scores published, the five
/// scores follow exactly; the statistics must scale with the agencies so that nothing does.
/// </summary>
public sealed class PeerNormsAttackTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly ApiFactory _factory = new(azurite);

    public void Dispose() => _factory.Dispose();

    private HttpClient Admin => _factory.ClientWithKey(ApiFactory.AdminKey);

    private async Task<(string AgencyId, HttpClient Staff, string CycleId)> ContributorAsync(ResponseSet answers)
    {
        var created = await Json.ReadAsync(await Admin.PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = answers.Agency!.Name })));
        var agencyId = created["id"]!.GetValue<string>();
        var staff = _factory.ClientWithKey(created["key"]!.GetValue<string>());
        var opened = await staff.PostAsync(
            new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative),
            Json.Body(new { title = "Spring 2027", instrumentId = "safer-together", instrumentVersion = answers.Instrument.Version, profile = new { size = "11-49" } }));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var cycleId = (await Json.ReadAsync(opened))["id"]!.GetValue<string>();
        var cycle = $"/api/agencies/{agencyId}/assessments/{cycleId}";
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync(new Uri($"{cycle}/responses/import", UriKind.Relative), Json.Body(WellnessJson.Serialize(answers)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync(new Uri($"{cycle}/close", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PutAsync(new Uri($"{cycle}/benchmark-contribution", UriKind.Relative), null)).StatusCode);
        return (agencyId, staff, cycleId);
    }

    /// <summary>The measures of a result or comparison, in order: overall, each section, each domain.</summary>
    private static List<JsonNode> Measures(JsonNode overall, JsonArray sections, IEnumerable<JsonNode> domains) =>
        [overall, .. sections.Select(section => section!), .. domains];

    /// <summary>
    /// The attacker's algebra for a cell of 5 (type-7 percentiles): p25, p50 and p75 are the 2nd, 3rd and 4th scores;
    /// p10 = 0.6·x1 + 0.4·x2 and p90 = 0.4·x4 + 0.6·x5 give the two ends. <see langword="null"/> when a figure is missing.
    /// </summary>
    private static double[]? Solve(JsonNode standing)
    {
        double? Get(string name) => standing[name] is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;
        if (standing is null
            || (standing["agencies"] is JsonValue agencies && agencies.TryGetValue<int>(out var count) ? count : 0) != 5
            || (Get("p10"), Get("p25"), Get("median"), Get("p75"), Get("p90"), Get("mean")) is not ({ } p10, { } p25, { } p50, { } p75, { } p90, { }))
        {
            return null;
        }

        return [(p10 - (0.4 * p25)) / 0.6, p25, p50, p75, (p90 - (0.4 * p75)) / 0.6];
    }

    [Fact]
    public async Task Attack9_LeaveOneOutOfSixContributors_RecoversNoPeersScore()
    {
        var agencies = new List<(string AgencyId, HttpClient Staff, string CycleId)>();
        foreach (var set in GeneratedAgencies.ResponseSets(seed: 2509, GeneratedAgencies.Sizes(0, 6, 0, 0)))
        {
            agencies.Add(await ContributorAsync(set));
        }

        Assert.Equal(HttpStatusCode.OK, (await Admin.PostAsync(new Uri("/api/benchmarks/rebuild", UriKind.Relative), null)).StatusCode);

        // The peers' true scores, each read by its own agency.
        var truth = new List<List<double>>();
        foreach (var peer in agencies.Skip(1))
        {
            var result = await Json.ReadAsync(await peer.Staff.GetAsync(new Uri($"/api/agencies/{peer.AgencyId}/assessments/{peer.CycleId}/results", UriKind.Relative)));
            var sections = result["sections"]!.AsArray();
            truth.Add([.. Measures(result["overall"]!, sections, sections.SelectMany(section => section!["domains"]!.AsArray()).Select(domain => domain!)).Select(measure => measure["score"]?.GetValue<double>() ?? double.NaN)]); // NaN: withheld by the peer's own release
        }

        // The attacker: the first contributor, reading its own peer comparison (its five peers, leave-one-out).
        var attacker = agencies[0];
        var response = await attacker.Staff.GetAsync(new Uri($"/api/agencies/{attacker.AgencyId}/assessments/{attacker.CycleId}/peer-comparison", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var comparison = await Json.ReadAsync(response);
        var standings = Measures(comparison["overall"]!, comparison["sections"]!.AsArray(), comparison["domains"]!.AsArray().Select(domain => domain!));

        Assert.InRange(standings.Count, 1, 20); // overall, 4 sections, 15 domains of safer-together 2.x, less those the peers' own releases withheld
        var recovered = 0;
        for (var m = 0; m < standings.Count; m++)
        {
            var actual = truth.Select(peer => peer[m]).Order().ToArray();
            if (Solve(standings[m]) is { } solved && solved.Zip(actual).All(pair => Math.Abs(pair.First - pair.Second) < 1e-6))
            {
                recovered++;
            }
        }

        Assert.Equal(0, recovered);

        // What the attacker does see of its 5 peers: the median alone, rounded to whole points (or nothing, where a peer's
        // own release withheld the measure and fewer than 5 remain).
        Assert.All(standings, standing =>
        {
            if (standing?["median"] is not JsonValue value)
            {
                return;
            }

            Assert.Equal(5, standing!["agencies"]!.GetValue<int>());
            var median = value.GetValue<double>();
            Assert.Equal(Math.Round(median), median);
            Assert.All(["mean", "p10", "p25", "p75", "p90"], name => Assert.Null(standing[name]));
        });
    }
}
