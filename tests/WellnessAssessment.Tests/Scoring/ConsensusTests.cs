using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Scoring;

public sealed class ConsensusTests
{
    private static ItemResult Score(Instrument instrument, params int[] values)
    {
        var responses = ResponseSets.For(instrument, [.. values.Select(v => ("officer", new Dictionary<string, Answer> { ["d1.a"] = v }))]);
        return new AssessmentScorer(Named.Options).Score(instrument, responses).FindDomain("d1")!.Items[0];
    }

    [Fact]
    public void Rwg_IsOneMinusObservedOverUniformVariance()
    {
        // 1, 2, 3 on a 0–4 scale (A = 5): s² = 1, σ²_EU = (25 − 1) / 12 = 2 → rwg = 0.5 (not below 0.5: not flagged).
        var item = Score(SmallInstrument.Create(), 1, 2, 3);

        Assert.Equal(0.5, item.Rwg!.Value, 12);
        Assert.False(item.LowConsensus);
    }

    [Fact]
    public void Rwg_BelowHalf_FlagsLowConsensus()
    {
        // 0, 4 : s² = 8 → 1 − 8/2 = −3 → clipped to 0.
        var item = Score(SmallInstrument.Create(), 0, 4);

        Assert.Equal(0, item.Rwg);
        Assert.True(item.LowConsensus);
    }

    [Fact]
    public void Rwg_OnAFivePointOneToFiveScale_UsesFivePoints()
    {
        // 1–5 scale, answers 2, 2, 3, 3: s² = 1/3, σ²_EU = 2 → rwg = 1 − 1/6 = 5/6.
        var scale = new ResponseScale { Min = 1, Max = 5, Levels = [.. Enumerable.Range(1, 5).Select(v => new ScaleLevel(v, "L" + v))] };
        var item = Score(SmallInstrument.Create(scale), 2, 2, 3, 3);

        Assert.Equal(5.0 / 6.0, item.Rwg!.Value, 12);
        // Normalised on 1–5: 2 → 25, 3 → 50; mean 37.5.
        Assert.Equal(37.5, item.Score!.Value, 12);
    }

    [Fact]
    public void Rwg_WhenEveryoneAgrees_IsOne()
    {
        Assert.Equal(1, Score(SmallInstrument.Create(), 3, 3, 3).Rwg);
    }
}
