using System.Text.Json;
using WellnessAssessment.Instruments;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Serialization;

/// <summary>Writing a result gives the serializer's bytes under both options; the hand-written response-set reader gives the serializer's values.</summary>
public sealed class ResultWriterTests
{
    private static readonly CompiledInstrument BuiltIn = InstrumentCatalog.BuiltIn.FindCompiled("safer-together")!;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Serialize_Result_GivesTheSerializersBytes_WithTrendAndSuppression(bool indented)
    {
        var scorer = new AssessmentScorer();
        var previous = scorer.Score(BuiltIn, ExampleResponseSets.SmallAgency(BuiltIn.Instrument));
        var result = scorer.Score(BuiltIn, ExampleResponseSets.MidSizeAgency(BuiltIn.Instrument), previous);

        var expected = JsonSerializer.Serialize(result, WellnessJson.TypeInfo<AssessmentResult>(indented));

        Assert.Equal(expected, WellnessJson.Serialize(result, indented));
        using var stream = new MemoryStream();
        WellnessJson.Serialize(stream, result, indented);
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Score_OfAResponseSetReadFromJson_EqualsScoreOfTheSetInMemory()
    {
        var set = ExampleResponseSets.Large(BuiltIn.Instrument, 500);
        var read = WellnessJson.ReadResponseSet(WellnessJson.Serialize(set));
        var scorer = new AssessmentScorer();

        Assert.Equal(WellnessJson.Serialize(scorer.Score(BuiltIn, set)), WellnessJson.Serialize(scorer.Score(BuiltIn, read)));
        Assert.Equal(WellnessJson.Serialize(set), WellnessJson.Serialize(read));
    }
}
