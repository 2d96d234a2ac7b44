using FluentValidation;
using WellnessAssessment.Profiles;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Instruments;

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
        RuleFor(recommendation => recommendation.TimeframeDays).AtPath("timeframeDays").GreaterThan(0).WithMessage(ProfileValidation.PositiveDays);
        RuleFor(recommendation => recommendation.Resource).AtPath("resource")
            .NotEmpty().WithMessage("must not be empty when given").When(recommendation => recommendation.Resource is not null);
        RuleForEach(recommendation => recommendation.Variants).AtPath("variants")
            .Cascade(CascadeMode.Continue)
            .NotNull().WithMessage(ValidationMessages.Required)
            .SetValidator(new RecommendationVariantValidator());
        RuleFor(recommendation => recommendation).Custom(ReportAmbiguousVariants);
    }

    /// <summary>Two variants with the same condition would make the choice depend on order alone: refuse them.</summary>
    private static void ReportAmbiguousVariants(Recommendation recommendation, ValidationContext<Recommendation> context)
    {
        var variants = recommendation.Variants ?? [];
        var prefix = context.PropertyPath is { Length: > 0 } path ? path + "." : string.Empty;
        for (var v = 1; v < variants.Count; v++)
        {
            for (var earlier = 0; earlier < v; earlier++)
            {
                if (variants[v]?.When is { } when && variants[earlier]?.When is { } other && when.IsSameAs(other))
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure(
                        $"{prefix}variants[{v}].when", $"is the same condition as variants[{earlier}].when"));
                    break;
                }
            }
        }
    }
}
