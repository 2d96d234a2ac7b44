using System.Text.Json;
using WellnessAssessment.Instruments;
using WellnessAssessment.Participation;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Participation;

public sealed class ParticipationJsonTests
{
    private static readonly CompiledInstrument BuiltIn = InstrumentCatalog.BuiltIn.FindCompiled("safer-together")!;

    private static AssessmentResult WithParticipation()
    {
        var result = new AssessmentScorer().Score(BuiltIn, ExampleResponseSets.MidSizeAgency(BuiltIn.Instrument));
        var headcounts = new Headcounts { Total = 150, Groups = new Dictionary<string, int> { ["line-officer"] = 55 } };
        return result with { Participation = ParticipationCalculator.Compute(BuiltIn.Instrument.Groups, new Dictionary<string, int> { ["line-officer"] = 60, ["executive"] = 3, ["civilian"] = 57 }, headcounts, 5) };
    }

    [Fact]
    public void Serialize_ResultWithParticipation_GivesTheSerializersBytes_AndReadsBack()
    {
        var result = WithParticipation();

        var json = WellnessJson.Serialize(result);

        Assert.Equal(JsonSerializer.Serialize(result, WellnessJson.TypeInfo<AssessmentResult>()), json);
        var participation = WellnessJson.ReadResult(json).Participation!;
        Assert.Equal(result.Participation!.Groups, participation.Groups);
        Assert.Equal((150, 120, 0.8, false), (participation.Headcount, participation.Respondents, participation.Rate, participation.OverHeadcount));
    }

    [Fact]
    public void Serialize_GroupParticipation_UsesTheContractNames()
    {
        using var json = JsonDocument.Parse(WellnessJson.Serialize(WithParticipation()));

        var line = json.RootElement.GetProperty("participation").GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("id").GetString() == "line-officer");
        Assert.Equal(
            ["id", "title", "headcount", "respondents", "suppressed", "rate", "overHeadcount", "burst"],
            line.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1.0909, line.GetProperty("rate").GetDouble());
        Assert.True(json.RootElement.GetProperty("participation").GetProperty("needsReview").GetBoolean());
    }

    [Fact]
    public void Serialize_ResultWithoutParticipation_LeavesThePropertyOut()
    {
        var result = new AssessmentScorer().Score(BuiltIn, ExampleResponseSets.SmallAgency(BuiltIn.Instrument));

        using var json = JsonDocument.Parse(WellnessJson.Serialize(result));

        Assert.False(json.RootElement.TryGetProperty("participation", out _));
    }
}
