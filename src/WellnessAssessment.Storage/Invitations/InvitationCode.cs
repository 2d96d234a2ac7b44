using System.Security.Cryptography;
using System.Text;

namespace WellnessAssessment.Storage.Invitations;

/// <summary>
/// Invitation codes: ten symbols of Crockford's base32 (no I, L, O, U), 50 random bits, printed as <c>XXXXX-XXXXX</c>.
/// Typing is forgiving: case, spaces and dashes do not matter, and O, I, L read as 0, 1, 1.
/// </summary>
public static class InvitationCode
{
    /// <summary>The symbols a code is made of.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>How many symbols a code has.</summary>
    public const int Length = 10;

    /// <summary>A new random code in its printed form.</summary>
    public static string Create()
    {
        Span<char> symbols = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            symbols[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return Format(new string(symbols));
    }

    /// <summary>The printed form (<c>XXXXX-XXXXX</c>) of a normalized code.</summary>
    public static string Format(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return $"{normalized[..5]}-{normalized[5..]}";
    }

    /// <summary>The code as stored and compared (ten upper-case symbols), or <see langword="null"/> when it cannot be one.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 40)
        {
            return null;
        }

        var builder = new StringBuilder(Length);
        foreach (var c in typed)
        {
            if (c is ' ' or '-' or '\t')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (!Alphabet.Contains(upper, StringComparison.Ordinal))
            {
                return null;
            }

            builder.Append(upper);
        }

        return builder.Length == Length ? builder.ToString() : null;
    }

    /// <summary>The stored form of a code of one cycle: hex SHA-256 of the cycle's partition and the normalized code.</summary>
    public static string Hash(string partition, string normalized) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{partition}|{normalized}")));
}
