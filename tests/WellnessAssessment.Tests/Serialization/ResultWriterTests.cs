using System.Text.Json;
using WellnessAssessment.Instruments;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Serialization;

/// <summary>The hand-written result writer and the hand-written response-set reader give the serializer's bytes and values.</summary>
public sealed class ResultWriterTests
{
    private static readonly CompiledInstrument BuiltIn = InstrumentCatalog.BuiltIn.FindCompiled("safer-together")!;

    [Fact]
    public void ResultWriter_CoversEveryPropertyOfEveryResultType()
    {
        // False when a property was added to a result type but not to ResultJsonWriter: results are then written by
        // the (slower) serializer, and this test asks for the writer to be updated.
        Assert.True(ResultJsonWriter.IsComplete);
    }

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
