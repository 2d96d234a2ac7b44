using System.Net;
using Microsoft.AspNetCore.Http;
using WellnessAssessment.Api.Infrastructure;

namespace WellnessAssessment.Api.Tests;

public sealed class ClientAddressTests
{
    private static DefaultHttpContext Request(string? forwardedFor)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        if (forwardedFor is not null)
        {
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        }

        return context;
    }

    [Fact]
    public void Of_BehindTheFunctionsHost_IsTheEntryAzureAppended_NotOneTheClientSent()
    {
        Assert.Equal("203.0.113.7", ClientAddress.Of(Request("10.9.9.9, 203.0.113.7"), behindFunctionsHost: true));
    }

    [Fact]
    public void Of_Standalone_IgnoresForwardedHeaders()
    {
        Assert.Equal("127.0.0.1", ClientAddress.Of(Request("203.0.113.7"), behindFunctionsHost: false));
    }

    [Fact]
    public void Of_BehindTheHostWithoutAHeader_IsTheConnection()
    {
        Assert.Equal("127.0.0.1", ClientAddress.Of(Request(null), behindFunctionsHost: true));
    }
}
