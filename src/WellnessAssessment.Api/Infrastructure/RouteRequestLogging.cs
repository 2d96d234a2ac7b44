using Microsoft.AspNetCore.HttpLogging;

namespace WellnessAssessment.Api.Infrastructure;

/// <summary>
/// Optional request logging (<c>Wellness:RequestLogging=true</c>; off by default): method, status and duration, with the
/// route's pattern (<c>/api/surveys/{respondentToken}</c>) in place of the path, so a respondent token or id in a URL never
/// reaches the log. No headers (they carry the keys), no query, no bodies.
/// </summary>
internal sealed class RouteRequestLogging : IHttpLoggingInterceptor
{
    /// <summary>What is logged of each request.</summary>
    public const HttpLoggingFields Fields = HttpLoggingFields.RequestMethod | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;

    public ValueTask OnRequestAsync(HttpLoggingInterceptorContext logContext)
    {
        var endpoint = logContext.HttpContext.GetEndpoint() as RouteEndpoint;
        logContext.AddParameter("Route", endpoint?.RoutePattern.RawText ?? "(static file or no route)");
        return ValueTask.CompletedTask;
    }

    public ValueTask OnResponseAsync(HttpLoggingInterceptorContext logContext) => ValueTask.CompletedTask;
}
