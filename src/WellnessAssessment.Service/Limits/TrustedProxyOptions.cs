namespace WellnessAssessment.Service.Limits;

/// <summary>
/// The proxies in front of the API whose <c>X-Forwarded-For</c> entries are trusted (configuration section
/// <c>Wellness:TrustedProxies</c>). Loopback is trusted whenever forwarded entries are read at all: behind the Azure
/// Functions host (which forwards from loopback) or once a proxy is configured. See docs/security.md for Functions,
/// App Service and API Management.
/// </summary>
public sealed class TrustedProxyOptions
{
    /// <summary>How many proxies stand between the client and the app, each appending one entry (default 1).</summary>
    public int ForwardLimit { get; set; } = 1;

    /// <summary>Addresses of trusted proxies, for example <c>10.0.0.4</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of trusted proxies in CIDR form, for example <c>10.0.0.0/24</c> (a virtual network's subnet).</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>
    /// Whether the app always runs behind a proxy on loopback (the Azure Functions host, which the worker sets itself);
    /// <see langword="false"/> for a standalone ASP.NET Core host, which then ignores forwarded entries unless a proxy
    /// is configured.
    /// </summary>
    public bool BehindLoopbackProxy { get; set; }

    /// <summary>Whether any proxy beyond loopback was configured.</summary>
    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>Whether forwarded entries are read at all (behind the Functions host, or a proxy is configured).</summary>
    public bool ReadsForwardedEntries => BehindLoopbackProxy || IsConfigured;

    /// <summary>The configured entries that are neither an IP address nor a CIDR network (a start failure names them).</summary>
    public IEnumerable<string> Malformed() =>
        KnownProxies.Where(proxy => !System.Net.IPAddress.TryParse(proxy, out _))
            .Concat(KnownNetworks.Where(network => !System.Net.IPNetwork.TryParse(network, out _)));
}
