using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Http.Access;

namespace WellnessAssessment.Api.Authentication;

/// <summary>
/// The API's two bearer keys as ASP.NET Core authentication schemes and authorization policies. Routes declare the
/// policy (<c>RequireAuthorization(KeyPolicies.AgencyKey)</c>); the OpenAPI document shows the matching security scheme.
/// </summary>
internal static class KeyPolicies
{
    /// <summary>The agency-key scheme and policy: the key must open the route's <c>{agencyId}</c>.</summary>
    public const string AgencyKey = "agencyKey";

    /// <summary>The scheme and policy of routes open to the route agency's key or the admin key (key rotation).</summary>
    public const string AgencyOrAdminKey = "agencyOrAdminKey";

    /// <summary>The admin-key scheme and policy: the key must be the configured admin key.</summary>
    public const string AdminKey = "adminKey";

    /// <summary>The role the admin key gives.</summary>
    public const string AdminRole = HttpCaller.AdminRole;

    public static IServiceCollection AddWellnessKeys(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AgencyKeyOptions, AgencyKeyHandler>(AgencyKey, displayName: "Agency key", _ => { })
            .AddScheme<AgencyKeyOptions, AgencyKeyHandler>(AgencyOrAdminKey, displayName: "Agency key or admin key", options => options.AcceptsAdminKey = true)
            .AddScheme<AuthenticationSchemeOptions, AdminKeyHandler>(AdminKey, displayName: "Admin key", _ => { });
        services.AddAuthorizationBuilder()
            .AddPolicy(AgencyKey, policy => policy
                .AddAuthenticationSchemes(AgencyKey)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => context.Resource is HttpContext http
                    && http.GetRouteValue(AgencyKeyHandler.RouteValue) is string agencyId
                    && context.User.FindFirst(HttpCaller.AgencyIdClaim)?.Value == agencyId))
            .AddPolicy(AgencyOrAdminKey, policy => policy
                .AddAuthenticationSchemes(AgencyOrAdminKey)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => context.User.IsInRole(AdminRole)
                    || (context.Resource is HttpContext http
                        && http.GetRouteValue(AgencyKeyHandler.RouteValue) is string agencyId
                        && context.User.FindFirst(HttpCaller.AgencyIdClaim)?.Value == agencyId)))
            .AddPolicy(AdminKey, policy => policy
                .AddAuthenticationSchemes(AdminKey)
                .RequireAuthenticatedUser()
                .RequireRole(AdminRole));
        return services;
    }

    /// <summary>The agency key of the route's <c>{agencyId}</c>: 401 without a key, 404 when the key does not open that agency.</summary>
    public static TBuilder RequireAgencyKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(AgencyKey).ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);

    /// <summary>The agency key of the route's <c>{agencyId}</c> or the admin key: 401 without a key, 404 when the key opens neither.</summary>
    public static TBuilder RequireAgencyOrAdminKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(AgencyOrAdminKey).ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);

    /// <summary>The security schemes a policy accepts, each one alternative in the OpenAPI document.</summary>
    public static IReadOnlyList<string> SchemesOf(string policy) =>
        policy == AgencyOrAdminKey ? [AgencyKey, AdminKey] : [policy];

    /// <summary>The admin key: 401 otherwise.</summary>
    public static TBuilder RequireAdminKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(AdminKey).ProducesProblems(StatusCodes.Status401Unauthorized);
}
