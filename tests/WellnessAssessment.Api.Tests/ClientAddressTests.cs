using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Infrastructure;

namespace WellnessAssessment.Api.Tests;

public sealed class ClientAddressTests
{
    private static async Task<string> ClientOf(string? forwardedFor, bool behindFunctionsHost, IPAddress? connection = null, TrustedProxyOptions? proxies = null)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = connection ?? IPAddress.Loopback;
        if (forwardedFor is not null)
        {
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        }

        if (behindFunctionsHost)
        {
            var options = new ForwardedHeadersOptions();
            ClientAddress.Configure(options, proxies ?? new TrustedProxyOptions());
            await new ForwardedHeadersMiddleware(_ => Task.CompletedTask, NullLoggerFactory.Instance, Options.Create(options)).Invoke(context);
        }

        return ClientAddress.Of(context);
    }

    [Fact]
    public async Task Of_BehindTheFunctionsHost_IsTheEntryAzureAppended_NotOneTheClientSent()
    {
        Assert.Equal("203.0.113.7", await ClientOf("10.9.9.9, 203.0.113.7", behindFunctionsHost: true));
    }

    [Fact]
    public async Task Of_Standalone_IgnoresForwardedHeaders()
    {
        Assert.Equal("127.0.0.1", await ClientOf("203.0.113.7", behindFunctionsHost: false));
    }

    [Fact]
    public async Task Of_BehindTheHostWithoutAHeader_IsTheConnection()
    {
        Assert.Equal("127.0.0.1", await ClientOf(null, behindFunctionsHost: true));
    }

    [Fact]
    public async Task Of_AHeaderFromAnAddressOtherThanLoopback_IsNotTrusted()
    {
        Assert.Equal("198.51.100.9", await ClientOf("203.0.113.7", behindFunctionsHost: true, connection: IPAddress.Parse("198.51.100.9")));
    }

    [Fact]
    public async Task Of_BehindTwoConfiguredHops_IsTheEntryTheOuterTrustedProxyAppended()
    {
        var proxies = new TrustedProxyOptions { ForwardLimit = 2 };
        proxies.KnownNetworks.Add("10.0.0.0/24");

        // client-written entry, then what API Management saw (the client), then the gateway at 10.0.0.5 appended by the app's front end
        var client = await ClientOf("192.0.2.66, 203.0.113.7, 10.0.0.5", behindFunctionsHost: true, proxies: proxies);

        Assert.Equal("203.0.113.7", client);
    }

    [Fact]
    public async Task Of_AnEntryFromAnUntrustedHop_StopsThere()
    {
        var proxies = new TrustedProxyOptions { ForwardLimit = 2 };

        // 10.0.0.5 is not a configured proxy, so the entry before it (which it could have forged) is not taken
        Assert.Equal("10.0.0.5", await ClientOf("203.0.113.7, 10.0.0.5", behindFunctionsHost: true, proxies: proxies));
    }

    [Theory]
    [InlineData("2001:db8:aa:bb:1:2:3:4", "2001:db8:aa:bb::/64")]
    [InlineData("2001:db8:aa:bb:ffff:ffff:ffff:ffff", "2001:db8:aa:bb::/64")]
    [InlineData("::ffff:198.51.100.9", "198.51.100.9")]
    [InlineData("198.51.100.9", "198.51.100.9")]
    public void KeyOf_CountsIPv6ByItsSlash64AndIPv4ByAddress(string address, string key)
    {
        Assert.Equal(key, ClientAddress.KeyOf(IPAddress.Parse(address)));
    }
}
