using FluentValidation;
using WellnessAssessment.Translations;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Instruments;

/// <summary>
/// Validates an <see cref="Instrument"/>: required fields, ids, a scale with <c>min &lt; max</c> and one label per level,
/// weights greater than zero, known pools, ids unique within the instrument, and a recommendation for every level below
/// the scale's maximum; outcome items with a source and a scale of their own, their ids unique among items and outcomes; when the instrument lists sources, unique source ids and every item and domain source starting
/// with one of them; whole positive timeframe days, the same for every use of a timeframe label. Property names of the failures are JSON paths such as <c>sections[0].domains[1].items[2].text</c>.
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
        RuleForEach(instrument => instrument.Outcomes).AtPath("outcomes")
            .Cascade(CascadeMode.Continue)
            .NotNull().WithMessage(ValidationMessages.Required)
            .SetValidator(new OutcomeItemValidator());
        RuleForEach(instrument => instrument.Sources).AtPath("sources")
            .Cascade(CascadeMode.Continue)
            .NotNull().WithMessage(ValidationMessages.Required)
            .SetValidator(new InstrumentSourceValidator());
        RuleForEach(instrument => instrument.Roles).AtPath("roles")
            .Cascade(CascadeMode.Continue)
            .NotNull().WithMessage(ValidationMessages.Required)
            .SetValidator(new RoleDefinitionValidator());
        RuleFor(instrument => instrument.HearStaff!).AtPath("hearStaff")
            .SetValidator(new PlanStepValidator())
            .When(instrument => instrument.HearStaff is not null);
        RuleFor(instrument => instrument).Custom(ReportDuplicateIds);
        RuleFor(instrument => instrument).Custom(CheckCitations);
        RuleFor(instrument => instrument).Custom(CheckTimeframes);
        RuleFor(instrument => instrument).Custom(TranslationRules.Check);
    }

    /// <summary>With a sources list, every item and domain source must start with a listed id, so that reports can name the document.</summary>
    private static void CheckCitations(Instrument instrument, ValidationContext<Instrument> context)
    {
        if (instrument.Sources is not { } sources || instrument.Sections is not { } sections)
        {
            return;
        }

        // Duplicate source ids are reported by ReportDuplicateIds.
        var ids = sources.Select(source => source?.Id).OfType<string>().Where(id => id.Length > 0).ToList();
        var known = ids.Count == 0 ? "none" : string.Join(", ", ids);
        void Cited(string? source, string path)
        {
            if (source is not null && !ids.Any(id => source.StartsWith(id, StringComparison.Ordinal)))
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(path, $"must start with the id of a listed source (sources: {known})"));
            }
        }

        for (var s = 0; s < sections.Count; s++)
        {
            for (var d = 0; d < (sections[s]?.Domains?.Count ?? 0); d++)
            {
                var domain = sections[s]!.Domains[d];
                Cited(domain?.Source, $"sections[{s}].domains[{d}].source");
                for (var i = 0; i < (domain?.Items?.Count ?? 0); i++)
                {
                    Cited(domain!.Items[i]?.Source, $"sections[{s}].domains[{d}].items[{i}].source");
                }
            }
        }

        for (var o = 0; o < (instrument.Outcomes?.Count ?? 0); o++)
        {
            Cited(instrument.Outcomes![o]?.Source, $"outcomes[{o}].source");
        }
    }

    /// <summary>Timeframe days are positive, and one label means one number of days throughout the instrument.</summary>
    private static void CheckTimeframes(Instrument instrument, ValidationContext<Instrument> context)
    {
        if (instrument.Sections is not { } sections)
        {
            return;
        }

        var days = new Dictionary<string, (int Days, string Path)>(StringComparer.Ordinal);
        for (var s = 0; s < sections.Count; s++)
        {
            for (var d = 0; d < (sections[s]?.Domains?.Count ?? 0); d++)
            {
                var domain = sections[s]!.Domains[d];
                for (var i = 0; i < (domain?.Items?.Count ?? 0); i++)
                {
                    var recommendations = domain!.Items[i]?.Recommendations;
                    for (var r = 0; r < (recommendations?.Count ?? 0); r++)
                    {
                        if (recommendations![r] is not { TimeframeDays: { } value } recommendation)
                        {
                            continue;
                        }

                        var path = $"sections[{s}].domains[{d}].items[{i}].recommendations[{r}].timeframeDays";
                        // Days not above 0 are reported by RecommendationValidator.
                        if (value > 0 && recommendation.Timeframe is { Length: > 0 } label && !days.TryAdd(label, (value, path)) && days[label].Days != value)
                        {
                            context.AddFailure(new FluentValidation.Results.ValidationFailure(
                                path, $"is {value}, but '{label}' is {days[label].Days} days at {days[label].Path}; one timeframe label needs one number of days"));
                        }
                    }
                }
            }
        }
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

        if (instrument.Roles is { } roles)
        {
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var r = 0; r < roles.Count; r++)
            {
                Check(seen, roles[r]?.Title, $"roles[{r}].title", context);
            }
        }

        if (instrument.Sources is { } sources)
        {
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var r = 0; r < sources.Count; r++)
            {
                Check(seen, sources[r]?.Id, $"sources[{r}].id", context);
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

        // Outcomes are answered in the same answers map as items, so their ids are unique among items and outcomes.
        for (var o = 0; o < (instrument.Outcomes?.Count ?? 0); o++)
        {
            Check(itemIds, instrument.Outcomes![o]?.Id, $"outcomes[{o}].id", context);
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
