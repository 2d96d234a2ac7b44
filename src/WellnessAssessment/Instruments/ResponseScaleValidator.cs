using FluentValidation;
using FluentValidation.Results;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Instruments;

/// <summary>Validates a <see cref="ResponseScale"/>: <c>min &lt; max</c>, at most 101 points, exactly one labelled level per value.</summary>
internal sealed class ResponseScaleValidator : AbstractValidator<ResponseScale>
{
    public const int MaxPoints = 101;

    public ResponseScaleValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(scale => scale.Max).AtPath("max")
            .Must((scale, max) => max > scale.Min).WithMessage(scale => $"must be greater than min ({scale.Min})")
            .Must((scale, max) => (long)max - scale.Min < MaxPoints).WithMessage($"the scale may have at most {MaxPoints} points");
        RuleFor(scale => scale.Levels).AtPath("levels")
            .NotNull().WithMessage(ValidationMessages.Required);
        RuleFor(scale => scale).Custom(CheckLevels);
    }

    private static void CheckLevels(ResponseScale scale, ValidationContext<ResponseScale> context)
    {
        if (scale.Levels is not { } levels || scale.Max <= scale.Min || (long)scale.Max - scale.Min >= MaxPoints)
        {
            return;
        }

        var prefix = context.PropertyPath is { Length: > 0 } path ? path + "." : string.Empty;
        var seen = new HashSet<int>();
        for (var l = 0; l < levels.Count; l++)
        {
            var level = levels[l];
            if (level is null)
            {
                context.AddFailure(new ValidationFailure($"{prefix}levels[{l}]", ValidationMessages.Required));
                continue;
            }

            if (!scale.Contains(level.Value))
            {
                context.AddFailure(new ValidationFailure($"{prefix}levels[{l}].value", $"{level.Value} is outside the scale ({scale.Min}–{scale.Max})"));
            }
            else if (!seen.Add(level.Value))
            {
                context.AddFailure(new ValidationFailure($"{prefix}levels[{l}].value", $"{level.Value} is listed twice"));
            }

            if (string.IsNullOrWhiteSpace(level.Label))
            {
                context.AddFailure(new ValidationFailure($"{prefix}levels[{l}].label", ValidationMessages.Required));
            }
        }

        for (var value = scale.Min; value <= scale.Max; value++)
        {
            if (!seen.Contains(value) && !levels.Any(level => level?.Value == value))
            {
                context.AddFailure(new ValidationFailure($"{prefix}levels", $"has no entry for level {value} (every value from {scale.Min} to {scale.Max} needs a label)"));
            }
        }
    }
}
