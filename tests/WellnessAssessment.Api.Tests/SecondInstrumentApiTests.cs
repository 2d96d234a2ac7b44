using System.Net;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

/// <summary>The stateless routes with a consultant's own instrument and every option the scoring contract lets a caller set.</summary>
public sealed partial class SecondInstrumentApiTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly ApiFactory _factory = new(azurite);

    public void Dispose() => _factory.Dispose();

    private static string Body(string options)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "second-instrument");
        var responses = File.ReadAllText(Path.Combine(folder, "dispatch-pulse.responses.json")).TrimEnd().TrimEnd('}');
        return $"{responses}, \"instrumentDefinition\": {File.ReadAllText(Path.Combine(folder, "dispatch-pulse.instrument.json"))}, \"options\": {options} }}";
    }

    [Fact]
    public async Task Score_WithEveryCallerSettableOption_StatesThemInTheResult()
    {
        var body = Body("""
            { "minimumGroupSize": 4, "minimumCoverage": 0.75, "gapThreshold": 20, "actionScoreThreshold": 65, "awarenessGapThreshold": 0.3,
              "strengthThreshold": 75, "lowConsensusThreshold": 0.4, "bandEdges": { "emerging": 25, "developing": 45, "established": 65, "leading": 85 } }
            """);

        var response = await _factory.CreateClient().PostAsync(new Uri("/api/score", UriKind.Relative), Json.Body(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = WellnessJson.ReadResult(await response.Content.ReadAsStringAsync());
        Assert.Equal("dispatch-pulse", result.Instrument.Id);
        Assert.Equal(
            ScoringOptions.Default with
            {
                MinimumGroupSize = 4, MinimumCoverage = 0.75, GapThreshold = 20, ActionScoreThreshold = 65, AwarenessGapThreshold = 0.3,
                StrengthThreshold = 75, LowConsensusThreshold = 0.4, BandEdges = new BandEdges(25, 45, 65, 85),
            },
            result.Options);
        Assert.Equal(new BandEdges(25, 45, 65, 85).Classify(result.Overall.Score), result.Overall.Band);
    }

    [Fact]
    public async Task Score_FixedOrUnknownOption_IsA400NamingIt()
    {
        var response = await _factory.CreateClient().PostAsync(new Uri("/api/score", UriKind.Relative), Json.Body(Body("""{ "minimumAlphaRespondents": 5, "gapTreshold": 20 }""")));
        var problem = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            """{"options.gapTreshold":["is not a scoring option (options: purpose, minimumCoverage, minimumGroupSize, gapThreshold, actionScoreThreshold, awarenessGapThreshold, strengthThreshold, lowConsensusThreshold, bandEdges)"],"options.minimumAlphaRespondents":["is fixed at 10 by the scoring method and cannot be changed"]}""",
            problem["errors"]!.ToJsonString());
    }

    [Fact]
    public async Task Score_BandEdgesNotIncreasing_IsA400()
    {
        var response = await _factory.CreateClient().PostAsync(new Uri("/api/score", UriKind.Relative), Json.Body(Body("""{ "bandEdges": { "emerging": 50, "developing": 40, "established": 60, "leading": 80 } }""")));
        var problem = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            """{"options.bandEdges":["must increase strictly and lie strictly between 0 and 100 (emerging \u003C developing \u003C established \u003C leading)"]}""",
            problem["errors"]!.ToJsonString());
    }

    [Fact]
    public async Task Report_OfTheSecondInstrumentWithGapThreshold20_SaysItsOwnWordsAndThreshold()
    {
        var response = await _factory.CreateClient().PostAsync(new Uri("/api/reports", UriKind.Relative), Json.Body(Body("""{ "gapThreshold": 20 }""")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = WhiteSpace().Replace(string.Concat(document.GetPages().Select(page => string.Concat(page.Letters.Select(letter => letter.Value)))), string.Empty);
        Assert.Contains("Recoveryhabitsonthefloor", text, StringComparison.Ordinal);
        Assert.Contains("Teamclimate", text, StringComparison.Ordinal);
        Assert.Contains("20pointsormore", text, StringComparison.Ordinal);
        Assert.DoesNotContain("buy-in", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("crisis", text, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
