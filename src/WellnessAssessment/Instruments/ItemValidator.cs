using FluentValidation;
using FluentValidation.Results;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Instruments;

/// <summary>Validates an <see cref="Item"/>: id, text, weight, and exactly one recommendation for every level below the scale's maximum.</summary>
internal sealed class ItemValidator : AbstractValidator<Item>
{
    private readonly ResponseScale? _scale;

    public ItemValidator(ResponseScale? scale)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        _scale = scale;
        RuleFor(item => item.Id).AtPath("id")
            .Must(Identifiers.IsValid).WithMessage(item => item.Id is null or "" ? ValidationMessages.Required : Identifiers.Rule);
        RuleFor(item => item.Text).AtPath("text")
            .NotEmpty().WithMessage(ValidationMessages.Required);
        RuleFor(item => item.Weight).AtPath("weight")
            .Must(ValidationMessages.IsPositiveWeight).WithMessage(ValidationMessages.PositiveWeight);
        RuleFor(item => item.Recommendations).AtPath("recommendations")
            .NotNull().WithMessage(ValidationMessages.Required);
        RuleForEach(item => item.Recommendations).AtPath("recommendations")
            .Cascade(CascadeMode.Continue)
            .NotNull().WithMessage(ValidationMessages.Required)
            .SetValidator(new RecommendationValidator());
        RuleFor(item => item).Custom(CheckRecommendationLevels);
    }

    private void CheckRecommendationLevels(Item item, ValidationContext<Item> context)
    {
        if (_scale is null || _scale.Max <= _scale.Min || item.Recommendations is not { } recommendations)
        {
            return;
        }

        var prefix = context.PropertyPath is { Length: > 0 } path ? path + "." : string.Empty;
        var seen = new HashSet<int>();
        for (var r = 0; r < recommendations.Count; r++)
        {
            if (recommendations[r] is not { } recommendation)
            {
                continue;
            }

            if (recommendation.Level < _scale.Min || recommendation.Level >= _scale.Max)
            {
                context.AddFailure(new ValidationFailure(
                    $"{prefix}recommendations[{r}].level",
                    $"{recommendation.Level} is not a level below the scale's maximum ({_scale.Min}–{_scale.Max - 1})"));
            }
            else if (!seen.Add(recommendation.Level))
            {
                context.AddFailure(new ValidationFailure($"{prefix}recommendations[{r}].level", $"level {recommendation.Level} has more than one recommendation"));
            }
        }

        for (var level = _scale.Min; level < _scale.Max; level++)
        {
            if (!seen.Contains(level))
            {
                context.AddFailure(new ValidationFailure(
                    $"{prefix}recommendations",
                    $"has no recommendation for level {level} (every level below the maximum, {_scale.Max}, needs one)"));
            }
        }
    }
}
