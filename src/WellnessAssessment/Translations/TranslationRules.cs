using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using WellnessAssessment.Instruments;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Translations;

/// <summary>
/// The translation rules of an instrument: <c>language</c> and every entry of <c>languages</c> are language tags, each
/// offered once and other than the instrument's own; translations are given only in offered languages and only for the
/// part's translatable fields, never empty; and an offered language has every text a respondent reads (instrument title,
/// scale labels and descriptions, group titles, section and domain titles, domain summaries, item statements, outcome statements and their scale labels).
/// </summary>
internal static partial class TranslationRules
{
    [GeneratedRegex(@"\A[a-z]{2,3}(-[A-Za-z0-9]{1,8})*\z", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();

    public static void Check(Instrument instrument, ValidationContext<Instrument> context)
    {
        var own = instrument.Language ?? "en";
        if (instrument.Language is not null && !LanguageTag().IsMatch(instrument.Language))
        {
            context.AddFailure(new ValidationFailure("language", "must be a language tag such as en or es"));
        }

        var offered = new List<string>();
        for (var l = 0; l < (instrument.Languages?.Count ?? 0); l++)
        {
            var tag = instrument.Languages![l];
            var path = $"languages[{l}]";
            if (string.IsNullOrEmpty(tag) || !LanguageTag().IsMatch(tag))
            {
                context.AddFailure(new ValidationFailure(path, "must be a language tag such as es or es-419"));
            }
            else if (string.Equals(tag, own, StringComparison.Ordinal))
            {
                context.AddFailure(new ValidationFailure(path, $"'{tag}' is the instrument's own language; list only the languages it is translated into"));
            }
            else if (offered.Contains(tag, StringComparer.Ordinal))
            {
                context.AddFailure(new ValidationFailure(path, $"'{tag}' is listed twice"));
            }
            else
            {
                offered.Add(tag);
            }
        }

        // Each field: its name, whether respondents read it (so an offered language must have it), its original value.
        void Part(ITranslatable? part, string prefix, (string Field, bool Required, string? Original)[] fields)
        {
            if (part is null)
            {
                return;
            }

            var at = prefix.Length == 0 ? "translations" : $"{prefix}.translations";
            foreach (var (language, texts) in part.Translations ?? new Dictionary<string, IReadOnlyDictionary<string, string>>())
            {
                if (!offered.Contains(language, StringComparer.Ordinal))
                {
                    var list = offered.Count == 0 ? "none" : string.Join(", ", offered);
                    context.AddFailure(new ValidationFailure($"{at}.{language}", $"'{language}' is not an offered language; list it in languages (offered: {list})"));
                    continue;
                }

                foreach (var (field, text) in texts ?? new Dictionary<string, string>())
                {
                    if (!fields.Any(f => f.Field == field))
                    {
                        context.AddFailure(new ValidationFailure($"{at}.{language}.{field}", $"'{field}' is not a translatable field here (translatable: {string.Join(", ", fields.Select(f => f.Field))})"));
                    }
                    else if (string.IsNullOrWhiteSpace(text))
                    {
                        context.AddFailure(new ValidationFailure($"{at}.{language}.{field}", ValidationMessages.Required));
                    }
                }
            }

            foreach (var language in offered)
            {
                var texts = part.Translations is { } translations && translations.TryGetValue(language, out var found) ? found : null;
                foreach (var (field, required, original) in fields)
                {
                    if (required && !string.IsNullOrEmpty(original) && (texts is null || !texts.ContainsKey(field)))
                    {
                        context.AddFailure(new ValidationFailure($"{at}.{language}.{field}", $"is missing: the instrument offers '{language}', so every text respondents read needs its '{language}' translation"));
                    }
                }
            }
        }

        Part(instrument, string.Empty, [("title", true, instrument.Title), ("description", false, instrument.Description)]);
        for (var v = 0; v < (instrument.Scale?.Levels?.Count ?? 0); v++)
        {
            var level = instrument.Scale!.Levels[v];
            Part(level, $"scale.levels[{v}]", [("label", true, level?.Label), ("description", true, level?.Description)]);
        }

        for (var g = 0; g < (instrument.Groups?.Count ?? 0); g++)
        {
            var group = instrument.Groups![g];
            Part(group, $"groups[{g}]", [("title", true, group?.Title)]);
        }

        for (var s = 0; s < (instrument.Sections?.Count ?? 0); s++)
        {
            var section = instrument.Sections![s];
            Part(section, $"sections[{s}]", [("title", true, section?.Title), ("heading", false, section?.Heading)]);
            for (var d = 0; d < (section?.Domains?.Count ?? 0); d++)
            {
                var domain = section!.Domains[d];
                Part(domain, $"sections[{s}].domains[{d}]", [("title", true, domain?.Title), ("summary", true, domain?.Summary), ("shortTitle", false, domain?.ShortTitle)]);
                for (var i = 0; i < (domain?.Items?.Count ?? 0); i++)
                {
                    var item = domain!.Items[i];
                    Part(item, $"sections[{s}].domains[{d}].items[{i}]", [("text", true, item?.Text)]);
                }
            }
        }

        for (var o = 0; o < (instrument.Outcomes?.Count ?? 0); o++)
        {
            var outcome = instrument.Outcomes![o];
            Part(outcome, $"outcomes[{o}]", [("text", true, outcome?.Text)]);
            for (var v = 0; v < (outcome?.Scale?.Levels?.Count ?? 0); v++)
            {
                var level = outcome!.Scale.Levels[v];
                Part(level, $"outcomes[{o}].scale.levels[{v}]", [("label", true, level?.Label), ("description", false, level?.Description)]);
            }
        }
    }
}
