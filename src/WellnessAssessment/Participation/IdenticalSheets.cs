using WellnessAssessment.Responses;

namespace WellnessAssessment.Participation;

/// <summary>
/// How many responses gave the same numeric answer to every item they answered numerically (at least two): a sign of
/// "straight-lining" or of forged sheets, flagged in the participation part without saying whose. A count of 1 to k−1
/// is shown only as "fewer than k": an exact small count would be a figure of fewer than k respondents, and beside a
/// withheld group's figures it could say that group's members answered alike.
/// </summary>
/// <param name="Count">The number of identical sheets, or null when there are 1 to k−1 (see <paramref name="FewerThanMinimum"/>).</param>
/// <param name="FewerThanMinimum">True when there are 1 to k−1 identical sheets (the count is not shown).</param>
/// <param name="MinimumGroupSize">The anonymity threshold k the count was protected with.</param>
public sealed record IdenticalSheets(int? Count, bool FewerThanMinimum, int MinimumGroupSize)
{
    /// <summary>Whether any identical sheet was found.</summary>
    public bool Flagged => FewerThanMinimum || Count > 0;

    /// <summary>The plain statement, for example "Fewer than 5 responses gave the same answer to every item." or "No response gave the same answer to every item."</summary>
    public string Statement => FewerThanMinimum
        ? $"Fewer than {MinimumGroupSize} responses gave the same answer to every item."
        : Count == 0
            ? "No response gave the same answer to every item."
            : $"{Count} responses gave the same answer to every item.";

    /// <summary>Counts the identical sheets of <paramref name="responses"/> and protects the count.</summary>
    /// <param name="responses">The cycle's responses.</param>
    /// <param name="minimumGroupSize">The anonymity threshold k (at least 1), as in <see cref="Scoring.ScoringOptions.MinimumGroupSize"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumGroupSize"/> is below 1.</exception>
    public static IdenticalSheets Of(IEnumerable<Response> responses, int minimumGroupSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumGroupSize, 1);
        return Protect(CountOf(responses), minimumGroupSize);
    }

    /// <summary>
    /// The raw number of identical sheets among <paramref name="responses"/>, for a caller that keeps it and protects it
    /// later with <see cref="Protect"/> (the API counts them when a cycle closes and keeps the count with its snapshot).
    /// Never show it unprotected.
    /// </summary>
    /// <param name="responses">The cycle's responses.</param>
    public static int CountOf(IEnumerable<Response> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        return responses.Count(IsIdentical);
    }

    /// <summary>Protects a count of identical sheets: 0 or at least k is shown; 1 … k−1 only as "fewer than k".</summary>
    /// <param name="identical">The raw count (<see cref="CountOf"/>); not negative.</param>
    /// <param name="minimumGroupSize">The anonymity threshold k (at least 1).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="identical"/> is negative, or <paramref name="minimumGroupSize"/> is below 1.</exception>
    public static IdenticalSheets Protect(int identical, int minimumGroupSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(identical);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumGroupSize, 1);
        return identical > 0 && identical < minimumGroupSize
            ? new IdenticalSheets(null, true, minimumGroupSize)
            : new IdenticalSheets(identical, false, minimumGroupSize);
    }

    private static bool IsIdentical(Response response)
    {
        int? value = null;
        var numeric = 0;
        foreach (var answer in response.Answers.Values)
        {
            if (answer.Kind != AnswerKind.Level)
            {
                continue;
            }

            if (value is { } first && first != answer.Value)
            {
                return false;
            }

            value = answer.Value;
            numeric++;
        }

        return numeric >= 2;
    }
}
