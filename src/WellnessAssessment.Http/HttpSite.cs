namespace WellnessAssessment.Http;

/// <summary>Where a request was sent, as the layer's links need it.</summary>
public static class HttpSite
{
    /// <summary>The root of the address the request was sent to: scheme, host and path base, without a trailing slash.</summary>
    /// <param name="request">The request.</param>
    public static string RequestRoot(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
