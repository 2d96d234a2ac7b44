using Microsoft.Extensions.Options;

namespace WellnessAssessment.Service.Access;

/// <summary>
/// Refuses to start with an admin key that is not at least 128 bits of randomness. A key's strength cannot be measured
/// from one sample, so this is an estimate that errs towards refusing: length × log2 of the alphabet its characters
/// are drawn from (lower case, upper case, digits, <c>-_</c>, <c>+/=</c>, other symbols), and no sign of a pattern (a
/// run of five equal or consecutive characters, or few distinct characters). A key made as the message says passes.
/// </summary>
public sealed class AdminKeyStrength : IValidateOptions<WellnessApiOptions>
{
    /// <summary>The fewest estimated bits of randomness an admin key must carry.</summary>
    public const int MinimumBits = 128;

    private const string HowToMakeOne = "Make one with `openssl rand -base64 32` (or `head -c 32 /dev/urandom | base64`) and set it as Wellness__AdminKey.";

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, WellnessApiOptions options) =>
        string.IsNullOrEmpty(options.AdminKey) || Weakness(options.AdminKey) is not { } weakness
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"The admin key (Wellness__AdminKey) is too weak: {weakness}. It must carry at least {MinimumBits} bits of randomness. {HowToMakeOne}");

    /// <summary>Why <paramref name="key"/> is too weak, or null when it looks like at least <see cref="MinimumBits"/> random bits.</summary>
    public static string? Weakness(string key)
    {
        var bits = key.Length * Math.Log2(Alphabet(key));
        if (bits < MinimumBits)
        {
            return $"{key.Length} characters of its kind give about {Math.Floor(bits)} bits";
        }

        if (key.Distinct().Count() < 8)
        {
            return "it uses fewer than 8 distinct characters";
        }

        var run = 1;
        for (var i = 1; i < key.Length; i++)
        {
            var step = key[i] - key[i - 1];
            var previous = i >= 2 ? key[i - 1] - key[i - 2] : int.MinValue;
            run = step is -1 or 0 or 1 ? (run > 1 && step == previous ? run + 1 : 2) : 1;
            if (run >= 5)
            {
                return $"it holds the run '{key.Substring(i - 4, 5)}'";
            }
        }

        return null;
    }

    private static int Alphabet(string key)
    {
        var size = 0;
        size += key.Any(char.IsAsciiLetterLower) ? 26 : 0;
        size += key.Any(char.IsAsciiLetterUpper) ? 26 : 0;
        size += key.Any(char.IsAsciiDigit) ? 10 : 0;
        size += key.Any(c => c is '-' or '_') ? 2 : 0;
        size += key.Any(c => c is '+' or '/' or '=') ? 3 : 0;
        size += key.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '+' or '/' or '=')) ? 32 : 0;
        return Math.Max(size, 2);
    }
}
