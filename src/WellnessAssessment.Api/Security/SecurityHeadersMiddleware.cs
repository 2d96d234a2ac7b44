using WellnessAssessment.Http.Security;

namespace WellnessAssessment.Api.Security;

/// <summary>The security headers (<see cref="SecurityHeaders"/>) on every response of the ASP.NET Core host.</summary>
internal static class SecurityHeadersMiddleware
{
    /// <summary>Adds the headers to every response just before it starts, once the endpoint has chosen its content type.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        SecurityHeaders.ApplyOnStarting(context);
        return next(context);
    });
}
