using FluentValidation;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Instruments;

/// <summary>Validates a <see cref="Section"/> and its domains.</summary>
internal sealed class SectionValidator : AbstractValidator<Section>
{
    public SectionValidator(ResponseScale? scale)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(section => section.Id).AtPath("id")
            .Must(Identifiers.IsValid).WithMessage(section => section.Id is null or "" ? ValidationMessages.Required : Identifiers.Rule);
        RuleFor(section => section.Title).AtPath("title")
            .NotEmpty().WithMessage(ValidationMessages.Required);
        RuleFor(section => section.Weight).AtPath("weight")
            .Must(ValidationMessages.IsPositiveWeight).WithMessage(ValidationMessages.PositiveWeight);
        RuleFor(section => section.Domains).AtPath("domains")
            .NotEmpty().WithMessage("must list at least one domain");
        RuleForEach(section => section.Domains).AtPath("domains")
            .Cascade(CascadeMode.Continue)
            .NotNull().WithMessage(ValidationMessages.Required)
            .SetValidator(new DomainValidator(scale));
    }
}
