namespace WellnessAssessment.Api.Authentication;

/// <summary>The claims an agency key gives its request.</summary>
internal static class KeyClaims
{
    /// <summary>The id of the agency the key opened.</summary>
    public const string AgencyId = "wellness:agency-id";

    /// <summary>The agency's display name.</summary>
    public const string AgencyName = "wellness:agency-name";

    /// <summary>The actor an audit entry records for a request made with the admin key.</summary>
    public const string AdminActor = "admin";

    /// <summary>The actor an audit entry records for a request made with an agency key.</summary>
    public const string AgencyActor = "agency";

    /// <summary>Whose key made the request: <see cref="AdminActor"/> or <see cref="AgencyActor"/>.</summary>
    public static string Actor(HttpContext http) => http.User.IsInRole(KeyPolicies.AdminRole) ? AdminActor : AgencyActor;

    /// <summary>The agency the request's key opened (set by <see cref="AgencyKeyHandler"/>), or null.</summary>
    public static (string Id, string Name)? Agency(HttpContext http) =>
        http.User.FindFirst(AgencyId)?.Value is { } id ? (id, http.User.FindFirst(AgencyName)?.Value ?? id) : null;
}
