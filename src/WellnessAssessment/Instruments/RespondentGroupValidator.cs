using FluentValidation;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Instruments;

/// <summary>Validates a <see cref="RespondentGroup"/>: id, title, and a pool that is <c>leadership</c>, <c>frontline</c> or null.</summary>
internal sealed class RespondentGroupValidator : AbstractValidator<RespondentGroup>
{
    public RespondentGroupValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(group => group.Id).AtPath("id")
            .Must(Identifiers.IsValid).WithMessage(group => group.Id is null or "" ? ValidationMessages.Required : Identifiers.Rule);
        RuleFor(group => group.Title).AtPath("title")
            .NotEmpty().WithMessage(ValidationMessages.Required);
        RuleFor(group => group.Pool).AtPath("pool")
            .Must(pool => pool is null or GroupPools.Leadership or GroupPools.Frontline)
            .WithMessage(group => $"'{group.Pool}' is not a pool: use \"leadership\", \"frontline\" or null");
    }
}
