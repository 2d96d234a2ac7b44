using System.Net;
using WellnessAssessment.Service.Limits;

namespace WellnessAssessment.Service.Tests;

/// <summary>The client key the per-client limits count under, from the remote address and <c>X-Forwarded-For</c>.</summary>
[Trait("Category", "unit")]
public sealed class ClientAddressTests
{
    private static readonly IPAddress Loopback = IPAddress.Loopback;

    private static string KeyOf(string? forwardedFor, TrustedProxyOptions proxies, IPAddress? remote = null) =>
        new ClientAddresses(proxies).KeyOf(remote ?? Loopback, forwardedFor);

    private static TrustedProxyOptions FunctionsHost(int forwardLimit = 1, params string[] networks)
    {
        var proxies = new TrustedProxyOptions { BehindLoopbackProxy = true, ForwardLimit = forwardLimit };
        foreach (var network in networks)
        {
            proxies.KnownNetworks.Add(network);
        }

        return proxies;
    }

    [Fact]
    public void BehindTheFunctionsHost_TheEntryAzureAppended_NotTheOnesTheClientWrote()
    {
        Assert.Equal("203.0.113.7", KeyOf("10.9.9.9, 192.0.2.1, 203.0.113.7", FunctionsHost()));
    }

    [Fact]
    public void BehindTheFunctionsHost_WithoutAHeader_IsTheConnection()
    {
        Assert.Equal("127.0.0.1", KeyOf(null, FunctionsHost()));
    }

    [Fact]
    public void Standalone_WithoutConfiguredProxies_IgnoresTheHeader()
    {
        Assert.Equal("127.0.0.1", KeyOf("203.0.113.7", new TrustedProxyOptions()));
    }

    [Fact]
    public void AnUntrustedRemote_IsCountedItself_WhateverItForwards()
    {
        Assert.Equal("198.51.100.9", KeyOf("203.0.113.7", FunctionsHost(2, "10.0.0.0/24"), IPAddress.Parse("198.51.100.9")));
    }

    [Fact]
    public void TwoConfiguredHops_TakeTheEntryTheOuterTrustedProxyAppended()
    {
        // a client-written entry, then API Management's view of the client, then the gateway at 10.0.0.5 appended by the front end
        Assert.Equal("203.0.113.7", KeyOf("192.0.2.66, 203.0.113.7, 10.0.0.5", FunctionsHost(2, "10.0.0.0/24")));
    }

    [Fact]
    public void OneHop_BehindTwoProxies_StopsAtTheFirstEntry()
    {
        Assert.Equal("10.0.0.5", KeyOf("192.0.2.66, 203.0.113.7, 10.0.0.5", FunctionsHost(1, "10.0.0.0/24")));
    }

    [Fact]
    public void AnEntryFromAnUntrustedHop_StopsThere()
    {
        // 10.0.0.5 is not a configured proxy, so the entry before it (which it could have forged) is not taken
        Assert.Equal("10.0.0.5", KeyOf("203.0.113.7, 10.0.0.5", FunctionsHost(2)));
    }

    [Fact]
    public void AConfiguredProxyAddress_IsTrusted_OnAnAspNetCoreHost()
    {
        var proxies = new TrustedProxyOptions();
        proxies.KnownProxies.Add("10.0.0.4");

        Assert.Equal("203.0.113.7", KeyOf("192.0.2.66, 203.0.113.7", proxies, IPAddress.Parse("10.0.0.4")));
    }

    [Fact]
    public void EntriesWithPorts_AreReadAsTheirAddress_AndAnUnreadableEntryStopsThePeeling()
    {
        Assert.Equal("203.0.113.7", KeyOf("203.0.113.7:51234", FunctionsHost()));
        Assert.Equal("2001:db8:aa:bb::/64", KeyOf("[2001:db8:aa:bb::1]:443", FunctionsHost()));
        Assert.Equal("127.0.0.1", KeyOf("not-an-address", FunctionsHost()));
    }

    [Fact]
    public void ForwardedIPv6Clients_AreCountedPerSlash64()
    {
        Assert.Equal(KeyOf("2001:db8:aa:bb:1:2:3:4", FunctionsHost()), KeyOf("2001:db8:aa:bb:ffff:0:0:9", FunctionsHost()));
        Assert.NotEqual(KeyOf("2001:db8:aa:bb::1", FunctionsHost()), KeyOf("2001:db8:aa:bc::1", FunctionsHost()));
    }

    [Theory]
    [InlineData("2001:db8:aa:bb:1:2:3:4", "2001:db8:aa:bb::/64")]
    [InlineData("2001:db8:aa:bb:ffff:ffff:ffff:ffff", "2001:db8:aa:bb::/64")]
    [InlineData("fe80::1%2", "fe80::/64")]
    [InlineData("::ffff:198.51.100.9", "198.51.100.9")]
    [InlineData("198.51.100.9", "198.51.100.9")]
    public void KeyOf_CountsIPv6ByItsSlash64_AndIPv4ByAddress(string address, string key)
    {
        Assert.Equal(key, ClientAddresses.KeyOf(IPAddress.Parse(address)));
    }

    [Fact]
    public void AnUnknownRemote_IsCountedUnderOneKey()
    {
        Assert.Equal(ClientAddresses.Unknown, new ClientAddresses(new TrustedProxyOptions()).KeyOf(null, "203.0.113.7"));
    }

    [Theory]
    [InlineData("10.0.0.300")]
    [InlineData("proxy.example")]
    public void AMalformedProxy_IsRefused_NamingIt(string proxy)
    {
        var proxies = new TrustedProxyOptions();
        proxies.KnownProxies.Add(proxy);

        var refused = Assert.Throws<ArgumentException>(() => new ClientAddresses(proxies));
        Assert.Contains($"'{proxy}'", refused.Message, StringComparison.Ordinal);
    }
}
