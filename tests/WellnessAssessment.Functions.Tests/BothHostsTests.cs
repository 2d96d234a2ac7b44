using System.Net;
using WellnessAssessment.Functions.Tests.Hosts;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Functions.Tests;

/// <summary>
/// The API's behaviour, one test body per behaviour, run against both hosts: the ASP.NET Core host in memory and the
/// Azure Functions worker's function classes in process (over the same Azurite, each with its own tables).
/// </summary>
[Collection(AzuriteTests.Name)]
public sealed class BothHostsTests(AzuriteFixture azurite)
{
    private IApiHost Host(string kind, params (string Key, string Value)[] settings) => ApiHosts.Create(kind, azurite, settings);

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : $"(no {name})";

    private static async Task<(string Id, string Key)> CreateAgencyAsync(IApiHost host, string name)
    {
        var created = await host.PostAsync("/api/agencies", Json.Body(new { name }), ApiHostRequests.AdminKey);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await Json.ReadAsync(created);
        return ((string)body["id"]!, (string)body["key"]!);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task Health_IsOk_AndReadiness_IsReady_WithApiHeaders(string kind)
    {
        using var host = Host(kind);

        var live = await host.GetAsync("/api/health");
        var ready = await host.GetAsync("/api/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("""{"status":"ok"}""", await live.Content.ReadAsStringAsync());
        Assert.Equal("application/json", live.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("""{"status":"ready","store":"ok"}""", await ready.Content.ReadAsStringAsync());
        Assert.Equal("no-store", Header(live, "Cache-Control"));
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Header(live, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(live, "X-Content-Type-Options"));
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task Readiness_WhileTheStoreCannotBeReached_Is503Problem(string kind)
    {
        // A port nobody listens on: the store refuses at once.
        using var host = Host(kind, ("Wellness:Storage:ConnectionString", "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;"), ("Wellness:ReadinessTimeout", "00:00:01"));

        var ready = await host.GetAsync("/api/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("application/problem+json", ready.Content.Headers.ContentType?.MediaType);
        var problem = await Json.ReadAsync(ready);
        Assert.Equal("Not ready", (string)problem["title"]!);
        Assert.Equal("unavailable", (string)problem["store"]!);
        Assert.Equal(503, (int)problem["status"]!);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task Pages_HaveTheStrictPagePolicy_NoFraming_NoCaching(string kind)
    {
        using var host = Host(kind);
        foreach (var path in new[] { "/", "/console/", "/survey/" })
        {
            var page = await host.GetAsync(path);

            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{path}: {page.StatusCode}");
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
            Assert.Equal("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'", Header(page, "Content-Security-Policy"));
            Assert.Equal("DENY", Header(page, "X-Frame-Options"));
            Assert.Equal("no-cache", Header(page, "Cache-Control"));
            Assert.Equal("no-referrer", Header(page, "Referrer-Policy"));
            Assert.Equal("same-origin", Header(page, "Cross-Origin-Opener-Policy"));
        }

        var script = await host.GetAsync("/js/survey.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Header(script, "X-Content-Type-Options"));
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task SurveyPathLink_RedirectsToTheFragment_AndAnUnknownPage_Is404(string kind)
    {
        using var host = Host(kind);

        var link = await host.GetAsync("/survey/abcdefghijklmnopqrstuv");
        var missing = await host.GetAsync("/no-such-page.html");

        Assert.Equal(HttpStatusCode.Redirect, link.StatusCode);
        Assert.Equal("/survey/#abcdefghijklmnopqrstuv", link.Headers.Location?.OriginalString);
        Assert.Equal("no-store", Header(link, "Cache-Control"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task CreateAgency_WithTheAdminKey_Is201WithItsKeyOnce_NeverStored(string kind)
    {
        using var host = Host(kind);

        var created = await host.PostAsync("/api/agencies", Json.Body(new { name = "Both Hosts PD" }), ApiHostRequests.AdminKey);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await Json.ReadAsync(created);
        Assert.Equal("both-hosts-pd", (string)body["id"]!);
        Assert.Equal("Both Hosts PD", (string)body["name"]!);
        Assert.True(((string)body["key"]!).Length >= 32);
        Assert.Equal("no-store", Header(created, "Cache-Control"));
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Header(created, "Content-Security-Policy"));
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task CreateAgency_WithoutAKey_Is401_AndWithAnAgencyKey_IsRefused(string kind)
    {
        using var host = Host(kind);
        var (_, agencyKey) = await CreateAgencyAsync(host, "Key Holder PD");

        var anonymous = await host.PostAsync("/api/agencies", Json.Body(new { name = "Nobody PD" }));
        var withAgencyKey = await host.PostAsync("/api/agencies", Json.Body(new { name = "Other PD" }), agencyKey);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, (int)(await Json.ReadAsync(anonymous))["status"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, withAgencyKey.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task CreateAgency_WithBadJsonOrAReservedId_IsAProblem(string kind)
    {
        using var host = Host(kind);

        var malformed = await host.PostAsync("/api/agencies", Json.Body("{\"name\": "), ApiHostRequests.AdminKey);
        var reserved = await host.PostAsync("/api/agencies", Json.Body(new { name = "Token", id = "token" }), ApiHostRequests.AdminKey);

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await Json.ReadAsync(malformed))["traceId"]);
        Assert.True(reserved.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, reserved.StatusCode.ToString());
        Assert.Equal("application/problem+json", reserved.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public async Task RotateKey_RetiresTheOldKey_AndTheAuditTrailSaysSoOnce(string kind)
    {
        using var host = Host(kind);
        var (id, oldKey) = await CreateAgencyAsync(host, "Rotating PD");

        var rotated = await host.PostAsync($"/api/agencies/{id}/key", null, oldKey);
        var newKey = (string)(await Json.ReadAsync(rotated))["key"]!;
        var withOld = await host.GetAsync($"/api/agencies/{id}/audit", oldKey);
        var audit = await host.GetAsync($"/api/agencies/{id}/audit", newKey);
        var otherAgency = await host.PostAsync("/api/agencies/no-such-agency/key", null, newKey);

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.NotEqual(oldKey, newKey);
        Assert.Equal(HttpStatusCode.Unauthorized, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        var events = (await Json.ReadAsync(audit)).AsArray().Select(entry => $"{entry!["event"]} by {entry["actor"]}").ToList();
        Assert.Equal(["agency-created by admin", "key-rotated by agency"], events.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, otherAgency.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ApiHosts.All), MemberType = typeof(ApiHosts))]
    public void AWeakAdminKey_StopsTheStart_SayingHowToMakeOne(string kind)
    {
        var failure = Record.Exception(() =>
        {
            using var host = Host(kind, ("Wellness:AdminKey", "correct-horse-battery"));
            host.GetAsync("/api/health").GetAwaiter().GetResult();
        });

        var validation = Flatten(failure).OfType<Microsoft.Extensions.Options.OptionsValidationException>().FirstOrDefault();
        Assert.True(validation is not null, $"{kind} started with a weak admin key: {failure}");
        Assert.Contains("too weak", validation.Message, StringComparison.Ordinal);
        Assert.Contains("openssl rand -base64 32", validation.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Flatten(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            yield return exception;
            if (exception is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
