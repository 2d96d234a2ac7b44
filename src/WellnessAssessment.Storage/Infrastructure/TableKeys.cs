using System.Security.Cryptography;
using System.Text;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Storage.Infrastructure;

/// <summary>
/// Keys of the tables. Ids from requests are checked with <see cref="Identifiers.IsValid"/> (letters, digits, '.', '-',
/// '_'), which excludes every character Table Storage forbids in keys (<c>/ \ # ?</c> and control characters).
/// Respondent ids are client-chosen text, so their row keys are a hash.
/// </summary>
public static class TableKeys
{
    /// <summary>Whether <paramref name="id"/> may be an agency or assessment id.</summary>
    public static bool IsValidId(string? id) => Identifiers.IsValid(id);

    /// <summary>
    /// Words the store uses as partition keys beside agency ids (for example the respondent-token rows of the
    /// assessments table): refused as new agency ids, compared without regard to case. An agency created with one
    /// before the rule keeps working: readers skip rows that are not theirs.
    /// </summary>
    public static IReadOnlyList<string> ReservedAgencyIds { get; } = ["token", "agency", "contribution", "external", "current"];

    /// <summary>Whether <paramref name="id"/> is one of <see cref="ReservedAgencyIds"/>.</summary>
    public static bool IsReservedAgencyId(string id) => ReservedAgencyIds.Contains(id, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="token"/> has the shape of a respondent token (base64url, at most 100 characters).</summary>
    public static bool IsValidToken(string? token) =>
        token is { Length: > 0 and <= 100 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The partition of a cycle's live responses.</summary>
    public static string ResponsePartition(string agencyId, string assessmentId) => $"{agencyId}|{assessmentId}";

    /// <summary>The partition of a staged bulk import.</summary>
    public static string ImportPartition(string agencyId, string assessmentId, string importId) => $"{agencyId}|{assessmentId}|import-{importId}";

    /// <summary>The row key of a respondent: the hex SHA-256 of the id (safe characters, fixed length).</summary>
    public static string RespondentRowKey(string respondentId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(respondentId)));
}
