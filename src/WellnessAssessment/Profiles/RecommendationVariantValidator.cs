using FluentValidation;
using WellnessAssessment.Instruments;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Profiles;

/// <summary>Validates a <see cref="RecommendationVariant"/>: a valid condition and at least one field it changes.</summary>
internal sealed class RecommendationVariantValidator : AbstractValidator<RecommendationVariant>
{
    public RecommendationVariantValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(variant => variant.When).AtPath("when")
            .NotNull().WithMessage(ValidationMessages.Required)
            .SetValidator(new ProfileConditionValidator());
        RuleFor(variant => variant).Custom((variant, context) =>
        {
            if (variant.Action is null && variant.Owner is null && variant.Resource is null
                && variant.Timeframe is null && variant.TimeframeDays is null && variant.Indicator is null)
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(
                    context.PropertyPath, "must change at least one of action, owner, resource, timeframe, timeframeDays, indicator"));
            }
        });
        RuleFor(variant => variant.Action).AtPath("action").NotEmpty().WithMessage("must not be empty when given").When(variant => variant.Action is not null);
        RuleFor(variant => variant.Owner).AtPath("owner").NotEmpty().WithMessage("must not be empty when given").When(variant => variant.Owner is not null);
        RuleFor(variant => variant.Resource).AtPath("resource").NotEmpty().WithMessage("must not be empty when given").When(variant => variant.Resource is not null);
        RuleFor(variant => variant.TimeframeDays).AtPath("timeframeDays").GreaterThan(0).WithMessage(ProfileValidation.PositiveDays);
    }
}
