using WellnessAssessment.Instruments;
using WellnessAssessment.Results;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Scoring;

/// <summary>
/// Compares a result with an earlier result of the same instrument id: of the same major version directly, or of
/// another version through a crosswalk, comparing only what is comparable.
/// </summary>
internal static class TrendCalculator
{
    private const string OverallId = "overall";

    public static TrendResult Compare(AssessmentResult current, AssessmentResult previous, InstrumentCrosswalk? crosswalk)
    {
        var sameMajor = EnsureComparable(current, previous, crosswalk);
        var previousSections = previous.Sections?.Where(section => section is not null).ToDictionary(section => section.Id, StringComparer.Ordinal) ?? [];
        var previousDomains = previous.Sections?.Where(section => section?.Domains is not null)
            .SelectMany(section => section.Domains).Where(domain => domain is not null)
            .ToDictionary(domain => domain.Id, StringComparer.Ordinal) ?? [];

        if (sameMajor)
        {
            return new TrendResult
            {
                PreviousInstrument = previous.Instrument,
                PreviousRespondents = previous.Respondents,
                Overall = Change(OverallId, current.Overall.Score, previous.Overall?.Score, null, null),
                Sections =
                [
                    .. current.Sections.Select(section => Change(
                        section.Id, section.Score, previousSections.GetValueOrDefault(section.Id)?.Score, null, null)),
                ],
                Domains =
                [
                    .. current.Domains().Select(domain =>
                    {
                        var then = previousDomains.GetValueOrDefault(domain.Id);
                        return Change(domain.Id, domain.Score, then?.Score, domain.Ci95, then?.Ci95);
                    }),
                ],
            };
        }

        return CompareAcross(current, previous, crosswalk!, previousDomains);
    }

    private static TrendResult CompareAcross(
        AssessmentResult current, AssessmentResult previous, InstrumentCrosswalk crosswalk, Dictionary<string, DomainResult> previousDomains)
    {
        var entries = crosswalk.Items.ToDictionary(entry => entry.Item, StringComparer.Ordinal);
        var previousItems = previousDomains.Values.Where(domain => domain.Items is not null)
            .SelectMany(domain => domain.Items).Where(item => item is not null)
            .ToDictionary(item => item.Id, StringComparer.Ordinal);
        var items = new List<ItemChange>();
        var notComparable = new List<NotComparable> { new(OverallId, OverallId, null, []) };
        notComparable.AddRange(current.Sections.Select(section => new NotComparable("section", section.Id, null, [])));
        var compared = new HashSet<string>(StringComparer.Ordinal);
        var itemNotes = new List<NotComparable>();
        foreach (var item in current.Domains().SelectMany(domain => domain.Items))
        {
            if (entries.TryGetValue(item.Id, out var entry) && entry.IsComparable && previousItems.TryGetValue(entry.Previous[0], out var then))
            {
                items.Add(new ItemChange(item.Id, then.Id, entry.Relation, item.Score, then.Score, item.Score - then.Score));
                compared.Add(then.Id);
            }
            else
            {
                itemNotes.Add(new NotComparable("item", item.Id, entry?.Relation, entry?.Previous ?? []));
            }
        }

        var comparableItems = items.ToDictionary(change => change.ItemId, StringComparer.Ordinal);
        var domains = new List<ScoreChange>();
        foreach (var domain in current.Domains())
        {
            // A domain is compared only when it is made of the same practices in both versions.
            var then = previousDomains.GetValueOrDefault(domain.Id);
            var comparable = then?.Items is not null
                && domain.Items.All(item => comparableItems.ContainsKey(item.Id))
                && domain.Items.Select(item => comparableItems[item.Id].PreviousItemId).ToHashSet(StringComparer.Ordinal)
                    .SetEquals(then.Items.Select(item => item.Id));
            if (comparable)
            {
                domains.Add(Change(domain.Id, domain.Score, then!.Score, domain.Ci95, then.Ci95));
            }
            else
            {
                domains.Add(Change(domain.Id, domain.Score, null, null, null));
                notComparable.Add(new NotComparable("domain", domain.Id, null, []));
            }
        }

        notComparable.AddRange(itemNotes);
        foreach (var id in previousItems.Keys.Where(id => !compared.Contains(id)))
        {
            var successors = crosswalk.Items.Where(entry => entry.Previous.Contains(id, StringComparer.Ordinal)).Select(entry => entry.Item).ToList();
            notComparable.Add(new NotComparable("previous-item", id, null, successors));
        }

        return new TrendResult
        {
            PreviousInstrument = previous.Instrument,
            PreviousRespondents = previous.Respondents,
            Basis = TrendBasis.Crosswalk,
            Overall = Change(OverallId, current.Overall.Score, null, null, null),
            Sections = [.. current.Sections.Select(section => Change(section.Id, section.Score, null, null, null))],
            Domains = domains,
            Items = items,
            NotComparable = notComparable,
        };
    }

    private static ScoreChange Change(string id, double? now, double? then, ConfidenceInterval? nowInterval, ConfidenceInterval? thenInterval) =>
        new(id, now, then, now - then, nowInterval is not null && thenInterval is not null ? nowInterval.Overlaps(thenInterval) : null);

    /// <summary>Returns whether the major versions match; otherwise requires a crosswalk between exactly these versions.</summary>
    private static bool EnsureComparable(AssessmentResult current, AssessmentResult previous, InstrumentCrosswalk? crosswalk)
    {
        if (previous.Instrument is null || previous.Instrument.Id != current.Instrument.Id)
        {
            throw new AssessmentValidationException("previous result", [new ValidationError(
                "instrument.id",
                $"'{previous.Instrument?.Id}' is a different instrument; a trend compares assessments of {current.Instrument.Id}")]);
        }

        // A crosswalk between exactly these versions says what is comparable, even within one major version (2.0.0 to 2.1.0).
        if (crosswalk is not null && crosswalk.From == previous.Instrument && crosswalk.To == current.Instrument)
        {
            return false;
        }

        if (previous.Instrument.MajorVersion is not null && previous.Instrument.MajorVersion == current.Instrument.MajorVersion)
        {
            return true;
        }

        throw new AssessmentValidationException("previous result", [new ValidationError(
            "instrument.version",
            $"'{previous.Instrument.Version}' has a different major version and there is no crosswalk from {previous.Instrument} to {current.Instrument}; a trend compares assessments of {current.Instrument.Id} {current.Instrument.MajorVersion}.x")]);
    }
}
