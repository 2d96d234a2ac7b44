using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace WellnessAssessment.Api.Infrastructure;

/// <summary>The address a request came from, for per-client rate limits.</summary>
internal static class ClientAddress
{
    /// <summary>
    /// Takes the client from <c>X-Forwarded-For</c>, trusting only the configured proxies (loopback always, as behind the
    /// Azure Functions host) and only as many hops as configured: each trusted hop peels one entry from the right, so an
    /// entry a client wrote itself is never taken for its address.
    /// </summary>
    public static void Configure(ForwardedHeadersOptions options, TrustedProxyOptions proxies)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(proxies);
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
        options.ForwardLimit = proxies.ForwardLimit;
        foreach (var proxy in proxies.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in proxies.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }

    /// <summary>
    /// The key a client's requests are counted under: its IPv4 address, or the /64 prefix of its IPv6 address (one
    /// household or device gets a whole /64, so counting per /128 would let it pass any limit by changing addresses).
    /// </summary>
    public static string Of(HttpContext context) => KeyOf(context.Connection.RemoteIpAddress);

    /// <summary>The counting key of <paramref name="address"/> (see <see cref="Of"/>).</summary>
    public static string KeyOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}

/// <summary>
/// The proxies in front of the API whose <c>X-Forwarded-For</c> entries are trusted (configuration section
/// <c>Wellness:TrustedProxies</c>). Loopback is always trusted. See docs/security.md for Functions, App Service and API
/// Management.
/// </summary>
public sealed class TrustedProxyOptions
{
    /// <summary>How many proxies stand between the client and the app, each appending one entry (default 1).</summary>
    public int ForwardLimit { get; set; } = 1;

    /// <summary>Addresses of trusted proxies, for example <c>10.0.0.4</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of trusted proxies in CIDR form, for example <c>10.0.0.0/24</c> (a virtual network's subnet).</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>Whether any proxy beyond loopback was configured.</summary>
    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
