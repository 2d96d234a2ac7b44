using FluentValidation;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Register;

/// <summary>Validates one <see cref="StatusChange"/>: a known status and a note of bounded length.</summary>
internal sealed class StatusChangeValidator : AbstractValidator<StatusChange>
{
    public StatusChangeValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(change => change.Status).AtPath("status")
            .Must(value => Enum.IsDefined(value)).WithMessage(ActionFieldRules.UnknownStatus);
        RuleFor(change => change.Date).AtPath("date")
            .NotEqual(default(DateOnly)).WithMessage(ValidationMessages.Required);
        RuleFor(change => change.Note).AtPath("note")
            .MaximumLength(ActionFieldRules.MaxReasonLength).WithMessage(ActionFieldRules.TooLong(ActionFieldRules.MaxReasonLength));
    }
}
