using FluentValidation;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Instruments;

/// <summary>Validates an <see cref="OutcomeItem"/>: id, text, a source, and a valid scale of its own.</summary>
internal sealed class OutcomeItemValidator : AbstractValidator<OutcomeItem>
{
    public OutcomeItemValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(outcome => outcome.Id).AtPath("id")
            .Must(Identifiers.IsValid).WithMessage(outcome => outcome.Id is null or "" ? ValidationMessages.Required : Identifiers.Rule);
        RuleFor(outcome => outcome.Text).AtPath("text")
            .NotEmpty().WithMessage(ValidationMessages.Required);
        RuleFor(outcome => outcome.Source).AtPath("source")
            .NotEmpty().WithMessage("is required: an outcome names the seed passage it is drawn from");
        RuleFor(outcome => outcome.Scale).AtPath("scale")
            .NotNull().WithMessage(ValidationMessages.Required)
            .SetValidator(new ResponseScaleValidator());
    }
}
