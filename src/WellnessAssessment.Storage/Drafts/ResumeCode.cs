using System.Security.Cryptography;

namespace WellnessAssessment.Storage.Drafts;

/// <summary>
/// Resume codes: ten random characters from an alphabet without look-alikes (no 0/O, 1/I/L, U), shown as
/// <c>XXXXX-XXXXX</c>; 30¹⁰ ≈ 2⁴⁹ codes per cycle, so with the lookup limit a code cannot be guessed. A code is random,
/// not derived from anything, so it says nothing about the respondent or any other.
/// </summary>
public static class ResumeCode
{
    /// <summary>The characters codes are made of.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>The number of characters of a code, not counting the hyphen.</summary>
    public const int Length = 10;

    /// <summary>A new random code, for example <c>K7M2Q-X9PRD</c>.</summary>
    public static string Create()
    {
        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"{code[..5]}-{code[5..]}";
    }

    /// <summary>
    /// The code as stored (upper case, no spaces or hyphens) when <paramref name="typed"/> is one; typed lower case, with
    /// spaces or hyphens anywhere, or with O for 0 and I or L for 1 in mind, it still reads. Null when it cannot be a code.
    /// </summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null || typed.Length > 40)
        {
            return null;
        }

        var letters = typed.Where(c => c is not (' ' or '-' or '\t')).Select(char.ToUpperInvariant).ToArray();
        return letters.Length == Length && letters.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? new string(letters) : null;
    }
}
