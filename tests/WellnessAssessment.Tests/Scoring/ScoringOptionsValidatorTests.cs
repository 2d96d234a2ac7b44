using WellnessAssessment.Scoring;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Scoring;

public sealed class ScoringOptionsValidatorTests
{
    [Fact]
    public void Scorer_RejectsOptionsOutOfRange_WithOptionPaths()
    {
        var options = new ScoringOptions { MinimumGroupSize = 2, MinimumCoverage = 0, GapThreshold = double.NaN, BandEdges = new BandEdges(20, 10, 60, 80) };

        var error = Assert.Throws<AssessmentValidationException>(() => new AssessmentScorer(options));

        Assert.Equal(
        [
            "options.minimumCoverage: must be greater than 0 and at most 1",
            "options.minimumGroupSize: must be at least 3, so that no group of one or two respondents is ever reported",
            "options.gapThreshold: must be greater than 0 and at most 100",
            "options.bandEdges: must increase strictly and lie strictly between 0 and 100 (emerging < developing < established < leading)",
        ], error.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Default_IsTheScoringContract()
    {
        var options = ScoringOptions.Default;

        Assert.Equal(0.5, options.MinimumCoverage);
        Assert.Equal(5, options.MinimumGroupSize);
        Assert.Equal(15, options.GapThreshold);
        Assert.Equal(new BandEdges(20, 40, 60, 80), options.BandEdges);
        Assert.Equal(60, options.ActionScoreThreshold);
        Assert.Equal(0.25, options.AwarenessGapThreshold);
        Assert.Equal(80, options.StrengthThreshold);
        Assert.Equal(0.5, options.LowConsensusThreshold);
        Assert.True(new ScoringOptionsValidator().Validate(options).IsValid);
    }
}
