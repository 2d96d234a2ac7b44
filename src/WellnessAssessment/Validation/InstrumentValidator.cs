using FluentValidation;
using WellnessAssessment.Instruments;

namespace WellnessAssessment.Validation;

/// <summary>
/// Validates an <see cref="Instrument"/>: required fields, ids, a scale with <c>min &lt; max</c> and one label per level,
/// weights greater than zero, known pools, ids unique within the instrument, and a recommendation for every level below
/// the scale's maximum. Property names of the failures are JSON paths such as <c>sections[0].domains[1].items[2].text</c>.
/// </summary>
internal sealed class InstrumentValidator : AbstractValidator<Instrument>
{
    /// <summary>Creates the validator.</summary>
    public InstrumentValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(instrument => instrument.Id).AtPath("id")
            .Must(Identifiers.IsValid).WithMessage(instrument => instrument.Id is null or "" ? ValidationMessages.Required : Identifiers.Rule);
        RuleFor(instrument => instrument.Version).AtPath("version")
            .NotEmpty().WithMessage(ValidationMessages.Required)
            .Matches(@"^\d+\.\d+\.\d+$").WithMessage("must be a version MAJOR.MINOR.PATCH such as 1.0.0");
        RuleFor(instrument => instrument.Title).AtPath("title")
            .NotEmpty().WithMessage(ValidationMessages.Required);
        RuleFor(instrument => instrument.Scale).AtPath("scale")
            .NotNull().WithMessage(ValidationMessages.Required)
            .SetValidator(new ResponseScaleValidator());
        RuleFor(instrument => instrument.Groups).AtPath("groups")
            .NotEmpty().WithMessage("must list at least one respondent group");
        RuleForEach(instrument => instrument.Groups).AtPath("groups")
            .Cascade(CascadeMode.Continue)
            .NotNull().WithMessage(ValidationMessages.Required)
            .SetValidator(new RespondentGroupValidator());
        RuleFor(instrument => instrument.Sections).AtPath("sections")
            .NotEmpty().WithMessage("must list at least one section");
        RuleForEach(instrument => instrument.Sections).AtPath("sections")
            .Cascade(CascadeMode.Continue)
            .NotNull().WithMessage(ValidationMessages.Required)
            .SetValidator(instrument => new SectionValidator(instrument.Scale));
        RuleFor(instrument => instrument).Custom(ReportDuplicateIds);
    }

    private static void ReportDuplicateIds(Instrument instrument, ValidationContext<Instrument> context)
    {
        if (instrument.Groups is { } groups)
        {
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var g = 0; g < groups.Count; g++)
            {
                Check(seen, groups[g]?.Id, $"groups[{g}].id", context);
            }
        }

        if (instrument.Sections is not { } sections)
        {
            return;
        }

        // Sections, domains and items each need ids unique among their kind.
        var sectionIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var domainIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var itemIds = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var s = 0; s < sections.Count; s++)
        {
            var section = sections[s];
            Check(sectionIds, section?.Id, $"sections[{s}].id", context);
            for (var d = 0; d < (section?.Domains?.Count ?? 0); d++)
            {
                var domain = section!.Domains[d];
                Check(domainIds, domain?.Id, $"sections[{s}].domains[{d}].id", context);
                for (var i = 0; i < (domain?.Items?.Count ?? 0); i++)
                {
                    Check(itemIds, domain!.Items[i]?.Id, $"sections[{s}].domains[{d}].items[{i}].id", context);
                }
            }
        }
    }

    private static void Check(Dictionary<string, string> seen, string? id, string path, ValidationContext<Instrument> context)
    {
        if (string.IsNullOrEmpty(id))
        {
            return;
        }

        if (!seen.TryAdd(id, path))
        {
            context.AddFailure(new FluentValidation.Results.ValidationFailure(path, $"'{id}' is already the id of {seen[id]}"));
        }
    }
}
