namespace WellnessAssessment.Api.Infrastructure;

/// <summary>The address a request came from, for per-client rate limits.</summary>
internal static class ClientAddress
{
    /// <summary>
    /// Behind the Azure Functions host every request arrives from the host on loopback (the handler listens on
    /// 127.0.0.1 only), so the client is the last <c>X-Forwarded-For</c> entry, the one Azure's front end appended
    /// (earlier entries are whatever the client sent). Run standalone, it is the connection's address.
    /// </summary>
    public static string Of(HttpContext context, bool behindFunctionsHost)
    {
        if (behindFunctionsHost && context.Request.Headers["X-Forwarded-For"].ToString() is { Length: > 0 } forwarded)
        {
            var last = forwarded.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
            if (!string.IsNullOrEmpty(last))
            {
                return last;
            }
        }

        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }
}
