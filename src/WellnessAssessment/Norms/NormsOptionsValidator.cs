using FluentValidation;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Norms;

/// <summary>Validates <see cref="NormsOptions"/>: the minimum number of agencies is never below 5.</summary>
internal sealed class NormsOptionsValidator : AbstractValidator<NormsOptions>
{
    public NormsOptionsValidator()
    {
        RuleFor(options => options.MinimumAgencies).AtPath("minimumAgencies")
            .GreaterThanOrEqualTo(NormsOptions.SmallestAllowedMinimumAgencies)
            .WithMessage($"must be at least {NormsOptions.SmallestAllowedMinimumAgencies}, so that no cell describes fewer than {NormsOptions.SmallestAllowedMinimumAgencies} agencies");
    }
}
