using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Scoring;

public sealed class RespondentDomainScoreTests
{
    private static readonly WellnessAssessment.Instruments.Instrument Instrument = SmallInstrument.Create();

    private static DomainResult ScoreD2(ScoringOptions? options, params Dictionary<string, Answer>[] answers)
    {
        var responses = ResponseSets.For(Instrument, [.. answers.Select(a => ("officer", a))]);
        return new AssessmentScorer(options ?? Named.Options).Score(Instrument, responses).FindDomain("d2")!;
    }

    [Fact]
    public void Score_UsesItemWeights()
    {
        // d2.c (w 2) = 2 → 50, d2.d (w 1) = 4 → 100: s = (2·50 + 1·100) / 3 = 66.67.
        var domain = ScoreD2(null, new Dictionary<string, Answer> { ["d2.c"] = 2, ["d2.d"] = 4 });

        Assert.Equal(200.0 / 3.0, domain.Score!.Value, 12);
        Assert.Equal(1, domain.N);
    }

    [Fact]
    public void Coverage_ExcludesNotApplicableItemsFromTheDenominator()
    {
        // d2.c = 3 (75), d2.d not applicable: A = {c}, E = {c}; coverage 2/2 = 1 → s = 75.
        var domain = ScoreD2(null, new Dictionary<string, Answer> { ["d2.c"] = 3, ["d2.d"] = Answer.NotApplicable });

        Assert.Equal(75, domain.Score);
        Assert.Equal(1, domain.N);
    }

    [Fact]
    public void Score_WhenCoverageBelowMinimum_LeavesRespondentOut()
    {
        // Respondent 1: d2.c dont-know, d2.d = 1 → coverage w(d)/w(c,d) = 1/3 < 0.5: left out.
        // Respondent 2: d2.c = 4, d2.d unanswered → coverage 2/3 ≥ 0.5: s = 100.
        var domain = ScoreD2(null, new Dictionary<string, Answer> { ["d2.c"] = Answer.DontKnow, ["d2.d"] = 1 }, new Dictionary<string, Answer> { ["d2.c"] = 4 });

        Assert.Equal(1, domain.N);
        Assert.Equal(100, domain.Score);
    }

    [Fact]
    public void Score_WhenCoverageEqualsMinimum_IncludesRespondent()
    {
        // Minimum coverage 1/3: d2.d = 1 alone has coverage exactly 1/3 → s = 25.
        var domain = ScoreD2(new ScoringOptions { Purpose = WellnessAssessment.Disclosure.ReleasePurpose.LeadershipSelfAssessment, MinimumCoverage = 1.0 / 3.0 }, new Dictionary<string, Answer> { ["d2.c"] = Answer.DontKnow, ["d2.d"] = 1 });

        Assert.Equal(1, domain.N);
        Assert.Equal(25, domain.Score);
    }

    [Fact]
    public void Score_WhenEveryItemNotApplicable_LeavesRespondentOut()
    {
        // d2.c does not allow not-applicable, so use a respondent who only marks d2.d NA and leaves d2.c unanswered.
        var domain = ScoreD2(null, new Dictionary<string, Answer> { ["d2.d"] = Answer.NotApplicable });

        Assert.Equal(0, domain.N);
        Assert.Null(domain.Score);
        Assert.Null(domain.Band);
        Assert.Null(domain.Sd);
        Assert.Null(domain.Ci95);
    }
}
