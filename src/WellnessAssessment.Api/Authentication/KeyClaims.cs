namespace WellnessAssessment.Api.Authentication;

/// <summary>The claims an agency key gives its request.</summary>
internal static class KeyClaims
{
    /// <summary>The id of the agency the key opened.</summary>
    public const string AgencyId = "wellness:agency-id";

    /// <summary>The agency's display name.</summary>
    public const string AgencyName = "wellness:agency-name";

    /// <summary>The agency the request's key opened (set by <see cref="AgencyKeyHandler"/>), or null.</summary>
    public static (string Id, string Name)? Agency(HttpContext http) =>
        http.User.FindFirst(AgencyId)?.Value is { } id ? (id, http.User.FindFirst(AgencyName)?.Value ?? id) : null;
}
