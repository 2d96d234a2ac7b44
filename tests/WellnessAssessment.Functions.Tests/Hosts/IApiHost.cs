using System.Net.Http.Headers;

namespace WellnessAssessment.Functions.Tests.Hosts;

/// <summary>
/// One deployment of the API, as a client sees it: the ASP.NET Core host (<see cref="AspNetCoreApiHost"/>) or the Azure
/// Functions worker's function classes run in process (<see cref="FunctionsApiHost"/>). Behaviour tests take the host
/// as a theory argument and run the same body against both.
/// </summary>
public interface IApiHost : IDisposable
{
    /// <summary>The host's name, for test names.</summary>
    string Name { get; }

    /// <summary>Sends a request with a path relative to the site's root (<c>/api/…</c>, <c>/survey/</c>).</summary>
    Task<HttpResponseMessage> SendAsync(HttpRequestMessage request);
}

/// <summary>Requests in the tests' words.</summary>
public static class ApiHostRequests
{
    public const string AdminKey = "TMJmEz6MZKOoqYWdsnpZNtDQ66k3Lr3k614iEooWHg";

    public static Task<HttpResponseMessage> GetAsync(this IApiHost host, string path, string? key = null) =>
        host.SendAsync(Request(HttpMethod.Get, path, null, key));

    public static Task<HttpResponseMessage> PostAsync(this IApiHost host, string path, HttpContent? body, string? key = null) =>
        host.SendAsync(Request(HttpMethod.Post, path, body, key));

    public static Task<HttpResponseMessage> PutAsync(this IApiHost host, string path, HttpContent? body, string? key = null) =>
        host.SendAsync(Request(HttpMethod.Put, path, body, key));

    public static Task<HttpResponseMessage> DeleteAsync(this IApiHost host, string path, string? key = null) =>
        host.SendAsync(Request(HttpMethod.Delete, path, null, key));

    public static HttpRequestMessage Request(HttpMethod method, string path, HttpContent? body, string? key)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = body };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return request;
    }
}
