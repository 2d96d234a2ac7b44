using FluentValidation;
using WellnessAssessment.Instruments;

namespace WellnessAssessment.Validation;

/// <summary>Validates an <see cref="InstrumentSource"/>: id and title are required.</summary>
internal sealed class InstrumentSourceValidator : AbstractValidator<InstrumentSource>
{
    public InstrumentSourceValidator()
    {
        RuleFor(source => source.Id).AtPath("id").NotEmpty().WithMessage(ValidationMessages.Required);
        RuleFor(source => source.Title).AtPath("title").NotEmpty().WithMessage(ValidationMessages.Required);
    }
}
