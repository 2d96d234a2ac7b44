namespace WellnessAssessment.Service.Access;

/// <summary>
/// What a request presents to prove who sent it: the key of its <c>Authorization: Bearer &lt;key&gt;</c> header, not yet
/// checked. The host builds it from the header; <see cref="KeyPolicy"/> decides what it opens.
/// </summary>
/// <param name="BearerKey">The bearer key, or <see langword="null"/> when the request carries none.</param>
public sealed record Credentials(string? BearerKey)
{
    /// <summary>A request without credentials.</summary>
    public static Credentials None { get; } = new((string?)null);

    /// <summary>The credentials of an <c>Authorization</c> header value (<c>Bearer &lt;key&gt;</c>, scheme case-insensitive).</summary>
    /// <param name="authorization">The header's value, or <see langword="null"/> when absent.</param>
    public static Credentials FromAuthorizationHeader(string? authorization) =>
        authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization.Length > 7
            ? new Credentials(authorization[7..].Trim())
            : None;
}
