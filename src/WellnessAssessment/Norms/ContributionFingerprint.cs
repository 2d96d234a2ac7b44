using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Norms;

/// <summary>
/// The anonymous fingerprint of a contributing result: the first 16 bytes (hex) of SHA-256 over its instrument, agency
/// id, overall and domain scores (round-trip formatted). Reproducing it takes the exact result, so it names no one to
/// a reader of the norms, yet lets the holder of a result see that the result is among the contributions.
/// </summary>
internal static class ContributionFingerprint
{
    public static string Of(AssessmentResult result)
    {
        var text = new StringBuilder();
        text.Append(result.Instrument.Id).Append('\n').Append(result.Instrument.Version).Append('\n')
            .Append(result.Agency?.Id).Append('\n').Append(Format(result.Overall.Score));
        foreach (var domain in result.Domains())
        {
            text.Append('\n').Append(domain.Id).Append('=').Append(Format(domain.Score));
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    private static string Format(double? score) => score?.ToString("R", CultureInfo.InvariantCulture) ?? "null";
}
