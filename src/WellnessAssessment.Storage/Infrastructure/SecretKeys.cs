using System.Security.Cryptography;
using System.Text;

namespace WellnessAssessment.Storage.Infrastructure;

/// <summary>Creates secrets, hashes them for storage, and compares them in constant time.</summary>
public static class SecretKeys
{
    /// <summary>A new random secret: 32 bytes, base64url.</summary>
    public static string Create(int bytes = 32) => Base64Url(RandomNumberGenerator.GetBytes(bytes));

    /// <summary>The stored form of a secret: base64 of its SHA-256.</summary>
    public static string Hash(string secret) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Whether <paramref name="secret"/> hashes to <paramref name="storedHash"/>, compared in constant time.</summary>
    public static bool Matches(string? secret, string? storedHash)
    {
        if (secret is null || storedHash is null)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(storedHash);
        var actual = Encoding.ASCII.GetBytes(Hash(secret));
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    /// <summary>Whether two secrets are equal, compared in constant time over their hashes.</summary>
    public static bool AreEqual(string? presented, string? configured) =>
        presented is not null && configured is not null && Matches(presented, Hash(configured));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
