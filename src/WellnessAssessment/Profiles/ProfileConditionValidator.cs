using FluentValidation;
using WellnessAssessment.Instruments;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Profiles;

/// <summary>Validates a <see cref="ProfileCondition"/>: it states at least one field, and every list is non-empty with known values.</summary>
internal sealed class ProfileConditionValidator : AbstractValidator<ProfileCondition>
{
    public ProfileConditionValidator()
    {
        RuleFor(condition => condition).Custom((condition, context) =>
        {
            if (condition.Specificity == 0)
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(
                    context.PropertyPath, "must state at least one of size, ownAcademy, dispatch, employeeAssistance, unionOrAssociation"));
            }
        });
        RuleFor(condition => condition.Size).AtPath("size")
            .Must(list => list!.Count > 0 && list.All(Enum.IsDefined)).WithMessage(ProfileValidation.ListRule)
            .When(condition => condition.Size is not null);
        RuleFor(condition => condition.Dispatch).AtPath("dispatch")
            .Must(list => list!.Count > 0 && list.All(Enum.IsDefined)).WithMessage(ProfileValidation.ListRule)
            .When(condition => condition.Dispatch is not null);
        RuleFor(condition => condition.EmployeeAssistance).AtPath("employeeAssistance")
            .Must(list => list!.Count > 0 && list.All(Enum.IsDefined)).WithMessage(ProfileValidation.ListRule)
            .When(condition => condition.EmployeeAssistance is not null);
    }
}
