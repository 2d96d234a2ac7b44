using FluentValidation;
using WellnessAssessment.Instruments;

namespace WellnessAssessment.Validation;

/// <summary>Validates a <see cref="Recommendation"/>: action, owner, timeframe and indicator are all required.</summary>
internal sealed class RecommendationValidator : AbstractValidator<Recommendation>
{
    public RecommendationValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(recommendation => recommendation.Action).AtPath("action").NotEmpty().WithMessage(ValidationMessages.Required);
        RuleFor(recommendation => recommendation.Owner).AtPath("owner").NotEmpty().WithMessage(ValidationMessages.Required);
        RuleFor(recommendation => recommendation.Timeframe).AtPath("timeframe").NotEmpty().WithMessage(ValidationMessages.Required);
        RuleFor(recommendation => recommendation.Indicator).AtPath("indicator").NotEmpty().WithMessage(ValidationMessages.Required);
    }
}
