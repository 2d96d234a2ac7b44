namespace WellnessAssessment.Http.Security;

/// <summary>
/// The security headers of every response, chosen by its kind when it starts: pages get a strict policy (scripts and
/// styles from this origin only, never framed), API answers a policy that lets them load nothing, and anything under
/// <c>/api</c> (keys, tokens, results, reports) is never stored by a browser or a shared cache.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy of the console and survey pages: no inline script or style, no framing, no plugins.</summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The policy of API answers (JSON, problem details): a document that loads nothing and is never framed.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>Features no page of the product uses.</summary>
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /// <summary>Adds the headers to the response just before it starts, once the endpoint has chosen its content type.</summary>
    /// <param name="context">The request's context.</param>
    public static void ApplyOnStarting(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(static state => Apply((HttpContext)state), context);
    }

    /// <summary>Sets the headers of the response by its kind (page, API answer, PDF); call it once its content type is known.</summary>
    /// <param name="context">The request's context.</param>
    public static Task Apply(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";

        var contentType = context.Response.ContentType ?? string.Empty;
        var isHtml = contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);
        var isApi = context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
        {
            // A PDF gets no policy: Chromium's viewer does not render a PDF served with default-src 'none'.
            if (isHtml && !isApi)
            {
                headers.ContentSecurityPolicy = PagePolicy;
            }
            else if (!contentType.StartsWith("application/pdf", StringComparison.OrdinalIgnoreCase))
            {
                headers.ContentSecurityPolicy = ApiPolicy;
            }
        }
        else if (!headers.ContentSecurityPolicy.ToString().Contains("frame-ancestors", StringComparison.Ordinal))
        {
            // An endpoint's own policy (the HTML report's) keeps its rules and is never framed either.
            headers.ContentSecurityPolicy = headers.ContentSecurityPolicy + "; frame-ancestors 'none'";
        }

        if (context.Request.IsHttps)
        {
            // A year, this host only: a front end that owns the whole domain may add includeSubDomains and preload itself.
            headers.StrictTransportSecurity = "max-age=31536000";
        }

        if (isHtml)
        {
            headers.XFrameOptions = "DENY"; // for browsers that predate frame-ancestors
        }

        if (isApi)
        {
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
        }
        else if (isHtml)
        {
            // Pages hold no secrets, but a tokenless page must not be served stale after a deployment.
            headers.CacheControl = "no-cache";
        }

        return Task.CompletedTask;
    }
}
