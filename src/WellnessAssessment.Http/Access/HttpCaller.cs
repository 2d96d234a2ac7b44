using System.Security.Claims;
using WellnessAssessment.Service.Access;
using WellnessAssessment.Service.Requests;

namespace WellnessAssessment.Http.Access;

/// <summary>
/// The caller of an HTTP request, both ways: the <see cref="Credentials"/> of its <c>Authorization</c> header (for
/// <see cref="KeyPolicy"/>), and the <see cref="Caller"/> the policy authorized, kept as the request's claims.
/// </summary>
public static class HttpCaller
{
    /// <summary>The claim of the agency a key opened.</summary>
    public const string AgencyIdClaim = "wellness:agency-id";

    /// <summary>The claim of that agency's display name.</summary>
    public const string AgencyNameClaim = "wellness:agency-name";

    /// <summary>The role the admin key gives.</summary>
    public const string AdminRole = "wellness-admin";

    /// <summary>The credentials the request presents.</summary>
    /// <param name="request">The request.</param>
    public static Credentials CredentialsOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Credentials.FromAuthorizationHeader(request.Headers.Authorization.ToString());
    }

    /// <summary>The request's <c>Idempotency-Key</c>.</summary>
    /// <param name="request">The request.</param>
    public static RequestKey RequestKeyOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RequestKey.Parse([.. request.Headers[RequestKey.Header]]);
    }

    /// <summary>The caller the request was authorized as (from its claims); <see cref="Caller.Anonymous"/> when none.</summary>
    /// <param name="http">The request's context.</param>
    public static Caller Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.User.IsInRole(AdminRole))
        {
            return Caller.Admin;
        }

        return http.User.FindFirst(AgencyIdClaim)?.Value is { } id
            ? Caller.Agency(id, http.User.FindFirst(AgencyNameClaim)?.Value ?? id)
            : Caller.Anonymous;
    }

    /// <summary>The claims of an authorized caller, for an authentication ticket or <see cref="HttpContext.User"/>.</summary>
    /// <param name="caller">The caller.</param>
    /// <param name="scheme">The authentication type of the identity.</param>
    public static ClaimsPrincipal ToPrincipal(Caller caller, string scheme)
    {
        ArgumentNullException.ThrowIfNull(caller);
        Claim[] claims = caller.IsAdmin
            ? [new Claim(ClaimTypes.Role, AdminRole)]
            : caller.AgencyId is { } id ? [new Claim(AgencyIdClaim, id), new Claim(AgencyNameClaim, caller.AgencyName ?? id)] : [];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
