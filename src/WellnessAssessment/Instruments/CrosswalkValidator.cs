
using WellnessAssessment.Validation;

namespace WellnessAssessment.Instruments;

/// <summary>
/// Checks a crosswalk against its two instruments: both exist, every item of the newer version appears exactly once,
/// every earlier id exists, each relation has the number of earlier items it implies (same, reworded, split and
/// not-comparable one; merged at least two; new none), and no earlier item is continued (same or reworded) twice or both
/// continued and consumed by a merge.
/// </summary>
internal static class CrosswalkValidator
{
    public static InstrumentCrosswalk EnsureValid(InstrumentCrosswalk crosswalk, Instrument? from, Instrument? to)
    {
        ArgumentNullException.ThrowIfNull(crosswalk);
        var errors = new List<ValidationError>();
        if (from is null)
        {
            errors.Add(new("from", $"{crosswalk.From} is not in the catalog"));
        }

        if (to is null)
        {
            errors.Add(new("to", $"{crosswalk.To} is not in the catalog"));
        }

        if (from is not null && to is not null)
        {
            var toIds = to.Items.Select(item => item.Id).ToHashSet(StringComparer.Ordinal);
            var fromIds = from.Items.Select(item => item.Id).ToHashSet(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var e = 0; e < crosswalk.Items.Count; e++)
            {
                var entry = crosswalk.Items[e];
                if (!toIds.Contains(entry.Item))
                {
                    errors.Add(new($"items[{e}].item", $"'{entry.Item}' is not an item of {crosswalk.To}"));
                }
                else if (!seen.Add(entry.Item))
                {
                    errors.Add(new($"items[{e}].item", $"'{entry.Item}' is listed more than once"));
                }

                var previous = entry.Previous ?? [];
                foreach (var id in previous.Where(id => !fromIds.Contains(id)))
                {
                    errors.Add(new($"items[{e}].previous", $"'{id}' is not an item of {crosswalk.From}"));
                }

                var (fewest, most) = entry.Relation switch
                {
                    CrosswalkRelation.New => (0, 0),
                    CrosswalkRelation.Merged => (2, int.MaxValue),
                    _ => (1, 1),
                };
                if (previous.Count < fewest || previous.Count > most)
                {
                    errors.Add(new($"items[{e}].previous", $"a '{(entry.Relation == CrosswalkRelation.NotComparable ? "not-comparable" : entry.Relation.ToString().ToLowerInvariant())}' item needs {(most == int.MaxValue ? $"at least {fewest}" : most.ToString(System.Globalization.CultureInfo.InvariantCulture))} earlier item(s), not {previous.Count}"));
                }
            }

            var continued = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in crosswalk.Items.Where(entry => entry.Relation is CrosswalkRelation.Same or CrosswalkRelation.Reworded && entry.Previous is { Count: 1 }))
            {
                if (!continued.TryAdd(entry.Previous[0], entry.Item))
                {
                    errors.Add(new("items", $"'{entry.Previous[0]}' of {crosswalk.From} is continued by both '{continued[entry.Previous[0]]}' and '{entry.Item}'"));
                }
            }

            foreach (var entry in crosswalk.Items.Where(entry => entry.Relation == CrosswalkRelation.Merged && entry.Previous is not null))
            {
                foreach (var id in entry.Previous.Where(continued.ContainsKey))
                {
                    errors.Add(new("items", $"'{id}' of {crosswalk.From} is both merged into '{entry.Item}' and continued by '{continued[id]}'"));
                }
            }

            foreach (var missing in toIds.Where(id => !seen.Contains(id)).Order(StringComparer.Ordinal))
            {
                errors.Add(new("items", $"has no entry for '{missing}' of {crosswalk.To}"));
            }
        }

        return errors.Count == 0 ? crosswalk : throw new AssessmentValidationException("crosswalk", errors);
    }
}
