using WellnessAssessment.Instruments;

namespace WellnessAssessment.Service.Instruments;

/// <summary>
/// Bounds on a custom instrument sent to the anonymous scoring routes. A result holds a figure per item × group cell,
/// so an instrument of a few kilobytes could otherwise ask for a response of gigabytes; these bounds keep a result
/// under about 2 MB. The built-in instruments are well inside them.
/// </summary>
public static class InstrumentLimits
{
    /// <summary>The most items a custom instrument may have.</summary>
    public const int MaxItems = 250;

    /// <summary>The most respondent groups.</summary>
    public const int MaxGroups = 25;

    /// <summary>The most outcome items (each adds a row of group cells and one association per domain).</summary>
    public const int MaxOutcomes = 25;

    /// <summary>The most (item + outcome item) × group cells (the size of a result's breakdowns).</summary>
    public const int MaxCells = 2_500;

    /// <summary>The most recommendations and variants together.</summary>
    public const int MaxSteps = 2_500;

    /// <summary>The longest text of any title, item text or step field, in characters.</summary>
    public const int MaxTextLength = 2_000;

    /// <summary>The first limit <paramref name="instrument"/> breaks, as a sentence naming it; null when it keeps them all.</summary>
    /// <param name="instrument">A custom instrument from a request body.</param>
    public static string? Check(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var items = instrument.Sections.SelectMany(section => section.Domains).SelectMany(domain => domain.Items).ToList();
        if (items.Count > MaxItems)
        {
            return $"instrumentDefinition has {items.Count} items; at most {MaxItems} are scored on this route.";
        }

        if (instrument.Groups.Count > MaxGroups)
        {
            return $"instrumentDefinition has {instrument.Groups.Count} respondent groups; at most {MaxGroups} are scored on this route.";
        }

        var outcomes = instrument.Outcomes?.Count ?? 0;
        if (outcomes > MaxOutcomes)
        {
            return $"instrumentDefinition has {outcomes} outcome items; at most {MaxOutcomes} are scored on this route.";
        }

        if ((long)(items.Count + outcomes) * instrument.Groups.Count > MaxCells)
        {
            var rows = outcomes == 0 ? $"{items.Count} items" : $"({items.Count} items + {outcomes} outcome items)";
            return $"instrumentDefinition has {rows} × {instrument.Groups.Count} groups = {(items.Count + outcomes) * instrument.Groups.Count} cells; at most {MaxCells} are scored on this route.";
        }

        var steps = items.Sum(item => item.Recommendations.Count + item.Recommendations.Sum(step => step.Variants?.Count ?? 0));
        if (steps > MaxSteps)
        {
            return $"instrumentDefinition has {steps} recommendations and variants; at most {MaxSteps} are accepted on this route.";
        }

        return Texts(instrument, items).FirstOrDefault(text => text.Value is { Length: > MaxTextLength }) is { Path: { } path }
            ? $"instrumentDefinition.{path} is longer than {MaxTextLength} characters."
            : null;
    }

    /// <summary>The 422 problem naming the limit <paramref name="instrument"/> breaks, or <see langword="null"/> when it keeps them all.</summary>
    /// <param name="instrument">A custom instrument from a request body.</param>
    public static Outcomes.Problem? Refusal(Instrument instrument) =>
        Check(instrument) is { } message ? Outcomes.Problem.OverLimit(message) : null;

    private static IEnumerable<(string Path, string? Value)> Texts(Instrument instrument, List<Item> items)
    {
        yield return ("title", instrument.Title);
        yield return ("description", instrument.Description);
        foreach (var group in instrument.Groups)
        {
            yield return ($"groups[{group.Id}].title", group.Title);
        }

        foreach (var section in instrument.Sections)
        {
            yield return ($"sections[{section.Id}].title", section.Title);
            foreach (var domain in section.Domains)
            {
                yield return ($"domains[{domain.Id}].title", domain.Title);
                yield return ($"domains[{domain.Id}].summary", domain.Summary);
            }
        }

        foreach (var item in items)
        {
            yield return ($"items[{item.Id}].text", item.Text);
            foreach (var step in item.Recommendations)
            {
                var at = $"items[{item.Id}].recommendations[level {step.Level}]";
                yield return ($"{at}.action", step.Action);
                yield return ($"{at}.owner", step.Owner);
                yield return ($"{at}.timeframe", step.Timeframe);
                yield return ($"{at}.indicator", step.Indicator);
                yield return ($"{at}.resource", step.Resource);
                foreach (var variant in step.Variants ?? [])
                {
                    yield return ($"{at}.variants.action", variant.Action);
                    yield return ($"{at}.variants.indicator", variant.Indicator);
                    yield return ($"{at}.variants.resource", variant.Resource);
                }
            }
        }
    }
}
