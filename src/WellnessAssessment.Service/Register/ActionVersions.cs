using System.Text;

namespace WellnessAssessment.Service.Register;

/// <summary>
/// The versions of register actions on the wire: a strong entity tag (RFC 9110 8.8.3) whose opaque value is the store's
/// version (itself a weak tag) base64url-encoded, and the store version an <c>If-Match</c> names.
/// </summary>
public static class ActionVersions
{
    /// <summary>The strong entity tag of a store version: <c>"{base64url(version)}"</c>.</summary>
    /// <param name="version">The store's version.</param>
    public static string EntityTag(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return $"\"{Convert.ToBase64String(Encoding.UTF8.GetBytes(version)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"";
    }

    /// <summary>
    /// The store version that an <c>If-Match</c> value names: its first entity tag when the value is a well-formed list
    /// of entity tags and that first one is strong, non-empty and one we issued; otherwise <see langword="null"/> (a weak
    /// tag, <c>*</c>, or anything else names no version, so the edit is refused as stale).
    /// </summary>
    /// <param name="ifMatch">The header's value (several fields joined by commas).</param>
    public static string? FromIfMatch(string? ifMatch)
    {
        if (FirstTag(ifMatch) is not { } inner)
        {
            return null;
        }

        try
        {
            var padded = inner.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The opaque value of the first entity tag of a well-formed list when it is strong and non-empty, else null.</summary>
    private static string? FirstTag(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string? first = null;
        var seen = 0;
        var position = 0;
        while (position < value.Length)
        {
            position = SkipSpaceAndCommas(value, position);
            if (position == value.Length)
            {
                break;
            }

            var weak = value.AsSpan(position).StartsWith("W/", StringComparison.Ordinal);
            var open = weak ? position + 2 : position;
            if (open >= value.Length || value[open] != '"')
            {
                return null; // not an entity tag (also "*"): no version
            }

            var close = value.IndexOf('"', open + 1);
            if (close < 0 || !value.AsSpan(open + 1, close - open - 1).ToString().All(IsTagCharacter))
            {
                return null;
            }

            if (seen++ == 0)
            {
                first = weak || close == open + 1 ? null : value[(open + 1)..close];
            }

            position = close + 1;
            if (position < value.Length && value[position] is not (',' or ' ' or '\t'))
            {
                return null;
            }
        }

        return first;
    }

    private static int SkipSpaceAndCommas(string value, int position)
    {
        while (position < value.Length && value[position] is ',' or ' ' or '\t')
        {
            position++;
        }

        return position;
    }

    /// <summary>etagc of RFC 9110: %x21 / %x23-7E / obs-text.</summary>
    private static bool IsTagCharacter(char c) => c == '!' || (c >= '#' && c <= '~') || c >= '\u0080';
}
