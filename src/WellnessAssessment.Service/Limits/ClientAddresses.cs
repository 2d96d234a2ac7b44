using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace WellnessAssessment.Service.Limits;

/// <summary>
/// The key a client's requests are counted under, from plain inputs any host has: the connection's remote address and
/// the <c>X-Forwarded-For</c> value. Forwarded entries are read only behind a trusted proxy (loopback, the configured
/// <see cref="TrustedProxyOptions.KnownProxies"/> and <see cref="TrustedProxyOptions.KnownNetworks"/>), one entry peeled
/// from the right per trusted hop, at most <see cref="TrustedProxyOptions.ForwardLimit"/> hops: an entry a client wrote
/// itself (further left) is never taken for its address. The key is an IPv4 address (IPv4-mapped IPv6 addresses count
/// as IPv4), or the /64 prefix of an IPv6 address (one household or device gets a whole /64, so counting per /128 would
/// let it pass any limit by changing addresses).
/// </summary>
public sealed class ClientAddresses
{
    /// <summary>The key of a request whose address is not known (a test server, a pipe).</summary>
    public const string Unknown = "unknown";

    /// <summary>The header proxies append the client to.</summary>
    public const string ForwardedForHeader = "X-Forwarded-For";

    private readonly TrustedProxyOptions _proxies;
    private readonly IPAddress[] _knownProxies;
    private readonly IPNetwork[] _knownNetworks;

    /// <summary>Reads the trusted proxies of <see cref="WellnessApiOptions.TrustedProxies"/>.</summary>
    /// <param name="options">The API's settings.</param>
    public ClientAddresses(IOptions<WellnessApiOptions> options)
        : this(options?.Value.TrustedProxies ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    /// <summary>Trusts <paramref name="proxies"/>.</summary>
    /// <param name="proxies">The proxies in front of the app.</param>
    /// <exception cref="ArgumentException">An entry is not an IP address or CIDR network.</exception>
    public ClientAddresses(TrustedProxyOptions proxies)
    {
        ArgumentNullException.ThrowIfNull(proxies);
        if (proxies.Malformed().FirstOrDefault() is { } malformed)
        {
            throw new ArgumentException($"Wellness:TrustedProxies holds '{malformed}', which is not an IP address or CIDR network.", nameof(proxies));
        }

        _proxies = proxies;
        _knownProxies = [.. proxies.KnownProxies.Select(proxy => Normalize(IPAddress.Parse(proxy)))];
        _knownNetworks = [.. proxies.KnownNetworks.Select(network => IPNetwork.Parse(network))];
    }

    /// <summary>The counting key of a request from <paramref name="remote"/> carrying <paramref name="forwardedFor"/>.</summary>
    /// <param name="remote">The connection's remote address, or <see langword="null"/> when unknown.</param>
    /// <param name="forwardedFor">The <c>X-Forwarded-For</c> values (several headers joined with commas), or <see langword="null"/>.</param>
    public string KeyOf(IPAddress? remote, string? forwardedFor) => KeyOf(ClientOf(remote, forwardedFor));

    /// <summary>The client's address: the connection's, or the forwarded entry the last trusted hop appended.</summary>
    /// <param name="remote">The connection's remote address, or <see langword="null"/> when unknown.</param>
    /// <param name="forwardedFor">The <c>X-Forwarded-For</c> values, or <see langword="null"/>.</param>
    public IPAddress? ClientOf(IPAddress? remote, string? forwardedFor)
    {
        var current = remote is null ? null : Normalize(remote);
        if (!_proxies.ReadsForwardedEntries || string.IsNullOrWhiteSpace(forwardedFor))
        {
            return current;
        }

        var entries = forwardedFor.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var next = entries.Length - 1;
        for (var hop = 0; hop < _proxies.ForwardLimit && next >= 0; hop++, next--)
        {
            if (current is null || !IsTrusted(current) || Parse(entries[next]) is not { } entry)
            {
                break;
            }

            current = entry;
        }

        return current;
    }

    /// <summary>The counting key of <paramref name="address"/>: IPv4 as it is, IPv6 by its /64 prefix.</summary>
    /// <param name="address">The client's address, or <see langword="null"/>.</param>
    public static string KeyOf(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }

        address = Normalize(address);
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private bool IsTrusted(IPAddress address) =>
        IPAddress.IsLoopback(address) || _knownProxies.Contains(address) || _knownNetworks.Any(network => network.Contains(address));

    /// <summary>An entry as proxies write it: an address, with or without a port (<c>203.0.113.7:51234</c>, <c>[2001:db8::1]:443</c>).</summary>
    private static IPAddress? Parse(string entry) =>
        IPAddress.TryParse(entry, out var address) ? Normalize(address)
        : IPEndPoint.TryParse(entry, out var endPoint) ? Normalize(endPoint.Address)
        : null;

    private static IPAddress Normalize(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        return address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId != 0 ? new IPAddress(address.GetAddressBytes()) : address;
    }
}
