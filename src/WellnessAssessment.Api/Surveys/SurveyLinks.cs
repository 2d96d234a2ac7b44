using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Api.Surveys;

/// <summary>
/// The ASP.NET Core host's redirect of the older respondent link form (<c>/survey/{token}</c>) to the fragment form
/// (<c>/survey/#token</c>). The links themselves are made in the application layer (<see cref="Service.SurveyLinks"/>).
/// </summary>
internal static class SurveyLinks
{
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
