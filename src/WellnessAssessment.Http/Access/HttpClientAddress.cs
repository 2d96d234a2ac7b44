using Microsoft.Extensions.DependencyInjection;
using WellnessAssessment.Service.Limits;

namespace WellnessAssessment.Http.Access;

/// <summary>
/// The client address key of an HTTP request on either host (<see cref="ClientAddresses"/> over the connection's
/// remote address and the request's <c>X-Forwarded-For</c> values), for <see cref="ClientLimits"/>.
/// </summary>
public static class HttpClientAddress
{
    /// <summary>The key the request's client is counted under.</summary>
    /// <param name="http">The request's context (its services hold <see cref="ClientAddresses"/>).</param>
    public static string KeyOf(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var addresses = http.RequestServices.GetRequiredService<ClientAddresses>();
        return addresses.KeyOf(http.Connection.RemoteIpAddress, http.Request.Headers[ClientAddresses.ForwardedForHeader].ToString());
    }
}
