using Microsoft.AspNetCore.HttpOverrides;

namespace WellnessAssessment.Api.Infrastructure;

/// <summary>The address a request came from, for per-client rate limits.</summary>
internal static class ClientAddress
{
    /// <summary>
    /// Behind the Azure Functions host every request arrives from the host on loopback (the handler listens on
    /// 127.0.0.1 only), so <see cref="ForwardedHeadersMiddleware"/> takes the client from the last
    /// <c>X-Forwarded-For</c> entry, the one Azure's front end appended (earlier entries are whatever the client sent):
    /// one hop, trusted only from loopback (the middleware's default known proxies). Run standalone, nothing is
    /// forwarded and the connection's address stands.
    /// </summary>
    public static void ConfigureForFunctionsHost(ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
        options.ForwardLimit = 1;
    }

    /// <summary>The client's address (after <see cref="ForwardedHeadersMiddleware"/> when behind the Functions host).</summary>
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
