using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace WellnessAssessment.Client;

/// <summary>
/// Sends the right bearer key for the route, as the document's security schemes say: the admin key to
/// <c>/api/agencies</c> itself, the agency key to the agency routes under it, no key elsewhere (catalog, scoring,
/// surveys). A key set on the request already is left alone.
/// </summary>
internal sealed class KeyHandler(IOptionsMonitor<WellnessClientOptions> options, string name) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null && KeyFor(request.RequestUri, options.Get(name)) is { Length: > 0 } key)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return base.SendAsync(request, cancellationToken);
    }

    public static string? KeyFor(Uri? uri, WellnessClientOptions settings)
    {
        var path = uri is null ? string.Empty : (uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0]).TrimEnd('/');
        var at = path.IndexOf("/api/agencies", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        return path.Length == at + "/api/agencies".Length ? settings.AdminKey : settings.AgencyKey;
    }
}
