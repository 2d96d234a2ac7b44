using FluentValidation;
using WellnessAssessment.Profiles;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Instruments;

/// <summary>Validates a <see cref="RoleDefinition"/>: a title, a condition and a complete step that creates the role.</summary>
internal sealed class RoleDefinitionValidator : AbstractValidator<RoleDefinition>
{
    public RoleDefinitionValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(role => role.Title).AtPath("title").NotEmpty().WithMessage(ValidationMessages.Required);
        RuleFor(role => role.AbsentWhen).AtPath("absentWhen")
            .NotNull().WithMessage(ValidationMessages.Required)
            .SetValidator(new ProfileConditionValidator());
        RuleFor(role => role.Establish).AtPath("establish")
            .NotNull().WithMessage(ValidationMessages.Required)
            .SetValidator(new PlanStepValidator());
    }
}
