using WellnessAssessment.Instruments;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Participation;

/// <summary>Checks headcounts against an instrument: known group ids, whole numbers in range, and a total no smaller than its groups.</summary>
public static class HeadcountsValidation
{
    /// <summary>The problems of <paramref name="headcounts"/>, each with its path under <paramref name="path"/> (subject <c>headcounts</c>); valid when there are none.</summary>
    /// <param name="headcounts">The headcounts to check.</param>
    /// <param name="instrument">The instrument whose respondent groups the headcounts name.</param>
    /// <param name="path">The path of the headcounts in the caller's input, for example <c>headcounts</c>; empty when they are the whole input.</param>
    public static ValidationOutcome Validate(Headcounts headcounts, Instrument instrument, string path = "headcounts")
    {
        ArgumentNullException.ThrowIfNull(headcounts);
        ArgumentNullException.ThrowIfNull(instrument);
        var errors = new List<ValidationError>();
        var known = instrument.Groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        if (headcounts.Total is { } total && !InRange(total))
        {
            errors.Add(new ValidationError(At(path, "total"), Range));
        }

        foreach (var (group, count) in headcounts.Groups)
        {
            if (!known.Contains(group))
            {
                errors.Add(new ValidationError(At(path, $"groups.{group}"), $"is not a respondent group of {instrument.Id} {instrument.Version} (groups: {string.Join(", ", instrument.Groups.Select(g => g.Id))})"));
            }
            else if (!InRange(count))
            {
                errors.Add(new ValidationError(At(path, $"groups.{group}"), Range));
            }
        }

        if (errors.Count == 0 && headcounts.Total is { } all && headcounts.Groups.Count > 0 && headcounts.Groups.Values.Sum() is var sum && all < sum)
        {
            errors.Add(new ValidationError(At(path, "total"), $"is {all}, fewer than the groups' headcounts together ({sum})"));
        }

        return new ValidationOutcome("headcounts", errors);
    }

    private static string At(string path, string field) => path.Length == 0 ? field : $"{path}.{field}";

    private static readonly string Range = FormattableString.Invariant($"must be a whole number from {Headcounts.MinimumHeadcount} to {Headcounts.MaximumHeadcount}");

    private static bool InRange(int value) => value is >= Headcounts.MinimumHeadcount and <= Headcounts.MaximumHeadcount;
}
