using System.Text.RegularExpressions;

namespace WellnessAssessment.Validation;

/// <summary>The rules ids of instruments, sections, domains, items and groups follow.</summary>
public static partial class Identifiers
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 100;

    /// <summary>The message for an id that breaks the rules.</summary>
    public const string Rule = "must start with a letter or digit and contain only letters, digits, '.', '-' and '_' (at most 100 characters)";

    /// <summary>Whether <paramref name="id"/> starts with a letter or digit, holds only letters, digits, <c>.</c>, <c>-</c> and <c>_</c>, and is at most <see cref="MaxLength"/> long.</summary>
    /// <param name="id">A candidate id.</param>
    public static bool IsValid(string? id) => id is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(id);

    /// <summary>
    /// The message for a respondent id that holds <c>@</c>: an e-mail address identifies the person, and respondent ids
    /// must not (the response set, the API and the CLI importer all apply this one rule).
    /// </summary>
    public const string RespondentIdRule = "looks like an email address; respondent ids must not identify people: use an opaque id";

    /// <summary>
    /// Whether <paramref name="respondentId"/> may be stored as a respondent id: it holds no <c>@</c> (an e-mail address
    /// identifies the person). Empty and over-long ids are checked separately.
    /// </summary>
    /// <param name="respondentId">A candidate respondent id.</param>
    public static bool IsOpaqueRespondentId(string? respondentId) => respondentId is null || !respondentId.Contains('@', StringComparison.Ordinal);

    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9._-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
