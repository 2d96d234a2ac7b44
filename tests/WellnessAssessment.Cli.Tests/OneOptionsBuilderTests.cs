using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Service;
using WellnessAssessment.Service.Scoring;

namespace WellnessAssessment.Cli.Tests;

/// <summary>
/// One options builder (<see cref="ScoringOptionChanges"/>): the CLI's flags and the API's <c>options</c> object, given
/// the same values, give the same scoring options; and the CLI's leave-one-out is the library's, which the API uses.
/// </summary>
public sealed class OneOptionsBuilderTests
{
    private static readonly string Instrument = Path.Combine(AppContext.BaseDirectory, "second-instrument", "dispatch-pulse.instrument.json");
    private static readonly string Responses = Path.Combine(AppContext.BaseDirectory, "second-instrument", "dispatch-pulse.responses.json");

    /// <summary>The API's option names with the CLI's flag for each.</summary>
    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        ["purpose"] = "--purpose",
        ["minimumGroupSize"] = "--min-group-size",
        ["minimumCoverage"] = "--min-coverage",
        ["gapThreshold"] = "--gap-threshold",
        ["actionScoreThreshold"] = "--action-threshold",
        ["awarenessGapThreshold"] = "--awareness-threshold",
        ["strengthThreshold"] = "--strength-threshold",
        ["lowConsensusThreshold"] = "--low-consensus-threshold",
        ["bandEdges"] = "--band-edges",
    };

    public static TheoryData<string> Inputs() =>
    [
        "{}",
        """{"gapThreshold":12.5}""",
        """{"purpose":"leadership-self-assessment","minimumGroupSize":4}""",
        """{"minimumCoverage":0.75,"actionScoreThreshold":55,"awarenessGapThreshold":0.3,"strengthThreshold":70,"lowConsensusThreshold":0.45}""",
        """{"bandEdges":{"emerging":25,"developing":45,"established":65,"leading":85.5},"gapThreshold":20,"minimumGroupSize":4}""",
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task TheCliAndTheApi_GiveTheSameScoringOptions_ForTheSameInput(string options)
    {
        var request = JsonSerializer.Deserialize(options, ServiceJsonContext.Default.ScoringOptionsRequest)!;
        var api = request.ToOptions();
        List<string> args = ["score", "-i", Instrument, "-r", Responses];
        foreach (var (name, value) in JsonNode.Parse(options)!.AsObject())
        {
            args.Add(Flags[name]);
            args.Add(name == "bandEdges"
                ? string.Join(',', new[] { "emerging", "developing", "established", "leading" }.Select(edge => ((double)value![edge]!).ToString(CultureInfo.InvariantCulture)))
                : value!.GetValueKind() == JsonValueKind.String ? (string)value! : value.ToJsonString());
        }

        var run = await CliRun.RunAsync([.. args]);

        Assert.Equal(0, run.ExitCode);
        var cli = WellnessJson.ReadResult(run.Out).Options;
        Assert.Equal(api, cli);
        Assert.Equal(request.ToChanges().ApplyTo(), cli);
    }

    [Fact]
    public void TheOneBuilder_KeepsEveryDefaultItIsNotGiven_AndTakesEveryValueItIs()
    {
        var edges = new BandEdges(10, 30, 50, 70);
        Assert.Equal(ScoringOptions.Default, new ScoringOptionChanges().ApplyTo());
        var changed = new ScoringOptionChanges { GapThreshold = 9, BandEdges = edges }.ApplyTo();
        Assert.Equal(ScoringOptions.Default with { GapThreshold = 9, BandEdges = edges }, changed);
    }
}
