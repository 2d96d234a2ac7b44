using FluentValidation;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Scoring;

/// <summary>Validates <see cref="ScoringOptions"/>: every threshold in its range and band edges strictly increasing inside (0, 100).</summary>
internal sealed class ScoringOptionsValidator : AbstractValidator<ScoringOptions>
{
    /// <summary>Creates the validator.</summary>
    public ScoringOptionsValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(options => options.MinimumCoverage).AtPath("minimumCoverage")
            .Must(value => double.IsFinite(value) && value > 0 && value <= 1).WithMessage("must be greater than 0 and at most 1");
        RuleFor(options => options.MinimumGroupSize).AtPath("minimumGroupSize")
            .GreaterThanOrEqualTo(ScoringOptions.SmallestAllowedGroupSize)
            .WithMessage($"must be at least {ScoringOptions.SmallestAllowedGroupSize}, so that no group of one or two respondents is ever reported");
        RuleFor(options => options.GapThreshold).AtPath("gapThreshold")
            .Must(value => double.IsFinite(value) && value > 0 && value <= 100).WithMessage("must be greater than 0 and at most 100");
        RuleFor(options => options.ActionScoreThreshold).AtPath("actionScoreThreshold")
            .Must(value => double.IsFinite(value) && value is >= 0 and <= 100).WithMessage("must be from 0 to 100");
        RuleFor(options => options.AwarenessGapThreshold).AtPath("awarenessGapThreshold")
            .Must(value => double.IsFinite(value) && value is > 0 and <= 1).WithMessage("must be greater than 0 and at most 1");
        RuleFor(options => options.StrengthThreshold).AtPath("strengthThreshold")
            .Must(value => double.IsFinite(value) && value is >= 0 and <= 100).WithMessage("must be from 0 to 100");
        RuleFor(options => options.LowConsensusThreshold).AtPath("lowConsensusThreshold")
            .Must(value => double.IsFinite(value) && value is >= 0 and <= 1).WithMessage("must be from 0 to 1");
        RuleFor(options => options.BandEdges).AtPath("bandEdges")
            .NotNull().WithMessage(ValidationMessages.Required)
            .Must(edges => edges is null || AreIncreasing(edges))
            .WithMessage("must increase strictly and lie strictly between 0 and 100 (emerging < developing < established < leading)");
    }

    private static bool AreIncreasing(BandEdges edges) =>
        double.IsFinite(edges.Emerging) && double.IsFinite(edges.Leading)
        && edges.Emerging > 0 && edges.Emerging < edges.Developing && edges.Developing < edges.Established
        && edges.Established < edges.Leading && edges.Leading < 100;
}
