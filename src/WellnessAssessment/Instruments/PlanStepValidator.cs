using FluentValidation;
using WellnessAssessment.Profiles;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Instruments;

/// <summary>Validates a <see cref="PlanStep"/>: action, owner, timeframe and indicator are required; days are positive.</summary>
internal sealed class PlanStepValidator : AbstractValidator<PlanStep>
{
    public PlanStepValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(step => step.Action).AtPath("action").NotEmpty().WithMessage(ValidationMessages.Required);
        RuleFor(step => step.Owner).AtPath("owner").NotEmpty().WithMessage(ValidationMessages.Required);
        RuleFor(step => step.Timeframe).AtPath("timeframe").NotEmpty().WithMessage(ValidationMessages.Required);
        RuleFor(step => step.TimeframeDays).AtPath("timeframeDays").GreaterThan(0).WithMessage(ProfileValidation.PositiveDays);
        RuleFor(step => step.Indicator).AtPath("indicator").NotEmpty().WithMessage(ValidationMessages.Required);
        RuleFor(step => step.Resource).AtPath("resource").NotEmpty().WithMessage("must not be empty when given").When(step => step.Resource is not null);
    }
}
