using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Api.Surveys;

/// <summary>Respondent links: the token in the fragment (<c>/survey/#token</c>); the older path form redirects there once.</summary>
internal static class SurveyLinks
{
    /// <summary>The link of a cycle, at <see cref="WellnessApiOptions.PublicBaseUrl"/> or the request's own address.</summary>
    public static string RespondentUrl(HttpRequest request, string token, WellnessApiOptions options) =>
        Service.SurveyLinks.RespondentUrl(Root(request, options), token);

    /// <summary>The site's public root without a trailing slash.</summary>
    public static string Root(HttpRequest request, WellnessApiOptions options) =>
        Service.SurveyLinks.Root(Http.HttpSite.RequestRoot(request), options);

    /// <summary>
    /// <c>/survey/{token}</c>, the form of links sent before the fragment form: one redirect to <c>/survey/#token</c>,
    /// never cached. Its one request still shows the token to the servers on the way; every later request does not.
    /// </summary>
    public static IEndpointRouteBuilder MapSurveyLinkRedirect(this IEndpointRouteBuilder app)
    {
        // Only token-shaped segments: /survey/ itself and /survey/index.html stay with the static files.
        app.MapGet("/survey/{token:regex(^[A-Za-z0-9_-]{{1,100}}$)}", RedirectToFragment).WithName("RedirectSurveyPathLink").ExcludeFromDescription();
        return app;
    }

    public static RedirectHttpResult RedirectToFragment(string token, HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Redirect(TableKeys.IsValidToken(token) ? $"{http.Request.PathBase}/survey/#{token}" : $"{http.Request.PathBase}/survey/");
    }
}
