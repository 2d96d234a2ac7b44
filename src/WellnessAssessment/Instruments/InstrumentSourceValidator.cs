using FluentValidation;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Instruments;

/// <summary>Validates an <see cref="InstrumentSource"/>: an id and a title, a plausible year, and an absolute http(s) URL when given.</summary>
internal sealed class InstrumentSourceValidator : AbstractValidator<InstrumentSource>
{
    public InstrumentSourceValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(source => source.Id).AtPath("id")
            .Must(id => !string.IsNullOrWhiteSpace(id)).WithMessage(ValidationMessages.Required);
        RuleFor(source => source.Title).AtPath("title")
            .Must(title => !string.IsNullOrWhiteSpace(title)).WithMessage(ValidationMessages.Required);
        RuleFor(source => source.Year).AtPath("year")
            .InclusiveBetween(1000, 9999).When(source => source.Year is not null).WithMessage("must be a four-digit year");
        RuleFor(source => source.Url).AtPath("url")
            .Must(IsWebAddress).When(source => source.Url is not null).WithMessage("must be an absolute http or https URL");
    }

    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
