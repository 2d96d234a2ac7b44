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
    private static async Task<string> ClientOf(string? forwardedFor, bool behindFunctionsHost, IPAddress? connection = null)
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
            ClientAddress.ConfigureForFunctionsHost(options);
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
}
