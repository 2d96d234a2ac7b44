extern alias AspNetCoreHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WellnessAssessment.Functions.Tests.Hosts;

/// <summary>The ASP.NET Core host in memory (WebApplicationFactory), with the given settings.</summary>
public sealed class AspNetCoreApiHost : IApiHost
{
    private readonly Factory _factory;
    private readonly HttpClient _client;

    public AspNetCoreApiHost(IReadOnlyDictionary<string, string?> settings)
    {
        _factory = new Factory(settings);
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public string Name => ApiHosts.AspNetCore;

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _client.SendAsync(request);

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private sealed class Factory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<AspNetCoreHost::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
