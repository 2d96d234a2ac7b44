using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Authentication;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

/// <summary>Limits that hold whatever the host: custom instruments on anonymous routes, ids, reserved ids, the admin key.</summary>
public sealed class HostLimitTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly ApiFactory _factory = new(azurite);

    public void Dispose() => _factory.Dispose();

    /// <summary>A custom instrument with <paramref name="items"/> one-level items and <paramref name="groups"/> groups, as JSON.</summary>
    private static JsonObject Instrument(int items, int groups, string? longText = null)
    {
        var itemArray = new JsonArray();
        for (var i = 0; i < items; i++)
        {
            itemArray.Add(new JsonObject
            {
                ["id"] = $"i{i}",
                ["text"] = i == 0 && longText is not null ? longText : $"Item {i}",
                ["recommendations"] = new JsonArray(
                    new JsonObject { ["level"] = 1, ["action"] = "Act", ["owner"] = "Chief", ["timeframe"] = "90 days", ["indicator"] = "Done" },
                    new JsonObject { ["level"] = 2, ["action"] = "Act", ["owner"] = "Chief", ["timeframe"] = "90 days", ["indicator"] = "Done" },
                    new JsonObject { ["level"] = 3, ["action"] = "Act", ["owner"] = "Chief", ["timeframe"] = "90 days", ["indicator"] = "Done" }),
            });
        }

        var groupArray = new JsonArray();
        for (var g = 0; g < groups; g++)
        {
            groupArray.Add(new JsonObject { ["id"] = $"g{g}", ["title"] = $"Group {g}" });
        }

        return new JsonObject
        {
            ["id"] = "custom",
            ["version"] = "1.0.0",
            ["title"] = "Custom",
            ["scale"] = new JsonObject
            {
                ["min"] = 1,
                ["max"] = 4,
                ["levels"] = new JsonArray(
                    new JsonObject { ["value"] = 1, ["label"] = "Not in place" },
                    new JsonObject { ["value"] = 2, ["label"] = "Started" },
                    new JsonObject { ["value"] = 3, ["label"] = "Mostly" },
                    new JsonObject { ["value"] = 4, ["label"] = "Fully" }),
            },
            ["groups"] = groupArray,
            ["sections"] = new JsonArray(new JsonObject
            {
                ["id"] = "s",
                ["title"] = "Section",
                ["domains"] = new JsonArray(new JsonObject { ["id"] = "d", ["title"] = "Domain", ["items"] = itemArray }),
            }),
        };
    }

    private async Task<HttpResponseMessage> ScoreAsync(JsonObject instrument)
    {
        var body = new JsonObject
        {
            ["instrument"] = new JsonObject { ["id"] = "custom", ["version"] = "1.0.0" },
            ["instrumentDefinition"] = instrument,
            ["responses"] = new JsonArray(),
        };
        return await _factory.CreateClient().PostAsync(new Uri("/api/score", UriKind.Relative), new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
    }

    [Fact]
    public async Task Score_WithAnInstrumentOf100000Cells_Answers422InsteadOfA10MegabyteResult()
    {
        var response = await ScoreAsync(Instrument(items: 100, groups: 1_000));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("instrumentDefinition has 1000 respondent groups; at most 25 are scored on this route.", (string?)(await Json.ReadAsync(response))["detail"]);
    }

    [Theory]
    [InlineData(251, 1, "instrumentDefinition has 251 items; at most 250 are scored on this route.")]
    [InlineData(2, 26, "instrumentDefinition has 26 respondent groups; at most 25 are scored on this route.")]
    [InlineData(200, 20, "instrumentDefinition has 200 items × 20 groups = 4000 cells; at most 2500 are scored on this route.")]
    public async Task Score_WithAnOversizedInstrument_Answers422NamingTheLimit(int items, int groups, string detail)
    {
        var response = await ScoreAsync(Instrument(items, groups));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(detail, (string?)(await Json.ReadAsync(response))["detail"]);
    }

    [Fact]
    public async Task Score_WithATextOverTheLimit_Answers422NamingItsPlace()
    {
        var response = await ScoreAsync(Instrument(items: 2, groups: 2, longText: new string('x', 2_001)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("instrumentDefinition.items[i0].text is longer than 2000 characters.", (string?)(await Json.ReadAsync(response))["detail"]);
    }

    [Fact]
    public async Task Score_WithAnInstrumentInsideTheLimits_IsScored()
    {
        var response = await ScoreAsync(Instrument(items: 100, groups: 25));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task CycleRoute_WithAnIdEndingInANewline_Answers404WithoutReachingTheStore()
    {
        var created = await Json.ReadAsync(await _factory.ClientWithKey(ApiFactory.AdminKey).PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "Newline PD" })));
        var client = _factory.ClientWithKey((string)created["key"]!);

        var response = await client.GetAsync(new Uri($"/api/agencies/{created["id"]}/assessments/a-zzzzzz%0A", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(WellnessAssessment.Validation.Identifiers.IsValid("a-zzzzzz\n"));
    }

    [Theory]
    [InlineData("token")]
    [InlineData("Token")]
    [InlineData("agency")]
    public async Task CreateAgency_WithAReservedId_Answers400NamingTheReservedWords(string id)
    {
        var response = await _factory.ClientWithKey(ApiFactory.AdminKey).PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "Reserved PD", id }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json.ReadAsync(response))["errors"]!["id"]!.AsArray();
        Assert.Equal($"'{id}' is reserved (token, agency, contribution, external, current); choose another id", (string?)errors[0]);
    }

    [Fact]
    public async Task CreateAgency_NamedToken_Answers400ForTheIdMadeFromTheName()
    {
        var response = await _factory.ClientWithKey(ApiFactory.AdminKey).PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "Token" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnAgencyWithTheIdToken_CreatedBeforeTheRule_KeepsListingOnlyItsCycles()
    {
        // An agency stored with the id 'token' (as before the rule) shares its partition with the token rows.
        var store = (Storage.Agencies.AgencyStore)_factory.Services.GetService(typeof(Storage.Agencies.AgencyStore))!;
        var created = await store.CreateAsync("token", "Token PD", null, CancellationToken.None);
        var other = await Json.ReadAsync(await _factory.ClientWithKey(ApiFactory.AdminKey).PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "Token Neighbour PD" })));
        await _factory.ClientWithKey((string)other["key"]!).PostAsync(new Uri($"/api/agencies/{other["id"]}/assessments", UriKind.Relative), Json.Body(new { title = "Spring", instrumentId = "safer-together" }));
        var client = _factory.ClientWithKey(created!.Value.Key);

        var opened = await client.PostAsync(new Uri("/api/agencies/token/assessments", UriKind.Relative), Json.Body(new { title = "Own cycle", instrumentId = "safer-together" }));
        var list = await client.GetAsync(new Uri("/api/agencies/token/assessments", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var cycles = (await Json.ReadAsync(list)).AsArray().Select(cycle => (string?)cycle!["title"]).ToList();
        Assert.Equal(["Own cycle"], cycles);
    }

    [Theory]
    [InlineData("test-admin-key-0123456789")]
    [InlineData("short")]
    [InlineData("browser-test-admin-key")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void AStart_WithAWeakAdminKey_FailsSayingHowToMakeOne(string key)
    {
        using var weak = _factory.WithWebHostBuilder(builder => builder.UseSetting("Wellness:AdminKey", key));

        var failure = Assert.Throws<OptionsValidationException>(() => weak.CreateClient());

        Assert.Contains("The admin key (Wellness__AdminKey) is too weak", failure.Message, StringComparison.Ordinal);
        Assert.Contains("openssl rand -base64 32", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AdminKeyStrength_AcceptsKeysMadeAsTheMessageSays()
    {
        for (var i = 0; i < 200; i++)
        {
            var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
            Assert.Null(AdminKeyStrength.Weakness(key));
        }

        Assert.Null(AdminKeyStrength.Weakness(ApiFactory.AdminKey));
    }
}
