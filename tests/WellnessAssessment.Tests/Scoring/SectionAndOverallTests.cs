using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Scoring;

public sealed class SectionAndOverallTests
{
    [Fact]
    public void SectionAndOverall_AreWeightedMeansOverScoredParts()
    {
        // d1 weight 3, d2 weight 1, s2 weight 2. One respondent:
        // d1: a=4, b=2 → (100+50)/2 = 75; d2: c=1 (25, w2), d=1 (25) → 25; d3: e=0, f=2 → 25.
        // s1 = (3·75 + 1·25) / 4 = 62.5; s2 = 25; overall = (1·62.5 + 2·25) / 3 = 37.5.
        var instrument = SmallInstrument.Create(d1Weight: 3, s2Weight: 2);
        var responses = ResponseSets.For(instrument, ("officer", new() { ["d1.a"] = 4, ["d1.b"] = 2, ["d2.c"] = 1, ["d2.d"] = 1, ["d3.e"] = 0, ["d3.f"] = 2 }));

        var result = new AssessmentScorer(Named.Options).Score(instrument, responses);

        Assert.Equal(62.5, result.Sections[0].Score!.Value, 12);
        Assert.Equal(25, result.Sections[1].Score!.Value, 12);
        Assert.Equal(37.5, result.Overall.Score!.Value, 12);
        Assert.Equal(Band.Emerging, result.Overall.Band);
        Assert.Equal(Band.Established, result.Sections[0].Band);
    }

    [Fact]
    public void Section_SkipsDomainsWithoutScore()
    {
        // Only d1 answered: s1 = d1 = 50 (d2 has no score); s2 has no score; overall = s1 = 50.
        var instrument = SmallInstrument.Create(s2Weight: 5);
        var responses = ResponseSets.For(instrument, ("officer", new() { ["d1.a"] = 2, ["d1.b"] = 2 }));

        var result = new AssessmentScorer(Named.Options).Score(instrument, responses);

        Assert.Equal(50, result.Sections[0].Score);
        Assert.Null(result.Sections[1].Score);
        Assert.Null(result.Sections[1].Band);
        Assert.Equal(50, result.Overall.Score);
        Assert.Equal(Band.Developing, result.Overall.Band);
    }
}
