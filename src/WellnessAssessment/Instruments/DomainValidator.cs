using FluentValidation;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Instruments;

/// <summary>Validates a <see cref="Domain"/> and its items.</summary>
internal sealed class DomainValidator : AbstractValidator<Domain>
{
    public DomainValidator(ResponseScale? scale)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(domain => domain.Id).AtPath("id")
            .Must(Identifiers.IsValid).WithMessage(domain => domain.Id is null or "" ? ValidationMessages.Required : Identifiers.Rule);
        RuleFor(domain => domain.Title).AtPath("title")
            .NotEmpty().WithMessage(ValidationMessages.Required);
        RuleFor(domain => domain.Weight).AtPath("weight")
            .Must(ValidationMessages.IsPositiveWeight).WithMessage(ValidationMessages.PositiveWeight);
        RuleFor(domain => domain.Items).AtPath("items")
            .NotEmpty().WithMessage("must list at least one item");
        RuleForEach(domain => domain.Items).AtPath("items")
            .Cascade(CascadeMode.Continue)
            .NotNull().WithMessage(ValidationMessages.Required)
            .SetValidator(new ItemValidator(scale));
    }
}
