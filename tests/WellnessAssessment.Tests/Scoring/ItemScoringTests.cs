using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Scoring;

public sealed class ItemScoringTests
{
    private static readonly WellnessAssessment.Instruments.Instrument Instrument = SmallInstrument.Create();

    private static ItemResult ScoreItem(string itemId, params Answer?[] answers)
    {
        var respondents = answers.Select(answer => ("officer", answer is { } a ? new Dictionary<string, Answer> { [itemId] = a } : []));
        var result = new AssessmentScorer(Named.Options).Score(Instrument, ResponseSets.For(Instrument, [.. respondents]));
        return result.Domains().SelectMany(domain => domain.Items).Single(item => item.Id == itemId);
    }

    [Fact]
    public void Score_IsTheMeanOfNormalisedAnswers()
    {
        // 0, 2, 4 on 0–4 → p = 0, 50, 100 → mean 50; sd = √((50² + 0² + 50²) / 2) = 50.
        var item = ScoreItem("d1.a", 0, 2, 4);

        Assert.Equal(50, item.Score!.Value, 12);
        Assert.Equal(50, item.Sd!.Value, 12);
        Assert.Equal(3, item.N);
        Assert.Equal(2, item.MeanLevel!.Value, 12);
    }

    [Fact]
    public void DontKnowRate_CountsDontKnowAgainstNumericAndDontKnow_IgnoringNotApplicableAndUnanswered()
    {
        // Numeric 3 and 1, one dont-know, one not-applicable, one unanswered → 1 / (2 + 1) = 1/3.
        var item = ScoreItem("d2.d", 3, 1, Answer.DontKnow, Answer.NotApplicable, null);

        Assert.Equal(1.0 / 3.0, item.DontKnowRate!.Value, 12);
        Assert.Equal(2, item.N);
        // p = 75 and 25 → mean 50.
        Assert.Equal(50, item.Score!.Value, 12);
    }

    [Fact]
    public void Sd_WithOneAnswer_IsNull()
    {
        var item = ScoreItem("d1.a", 3);

        Assert.Equal(75, item.Score);
        Assert.Null(item.Sd);
        Assert.Null(item.Rwg);
        Assert.False(item.LowConsensus);
    }

    [Fact]
    public void Score_WhenOnlyDontKnow_IsNullAndRateIsOne()
    {
        var item = ScoreItem("d1.a", Answer.DontKnow, Answer.DontKnow);

        Assert.Null(item.Score);
        Assert.Null(item.Band);
        Assert.Equal(1, item.DontKnowRate);
        Assert.Equal(0, item.N);
    }

    [Fact]
    public void DontKnowRate_WhenNobodyAnsweredOrKnew_IsNull()
    {
        var item = ScoreItem("d2.d", Answer.NotApplicable, null);

        Assert.Null(item.DontKnowRate);
        Assert.Null(item.Score);
    }
}
