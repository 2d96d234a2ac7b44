using System.Net;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

public sealed class SecurityHeadersTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Theory]
    [InlineData("/console/")]
    [InlineData("/console/admin.html")]
    [InlineData("/survey/")]
    [InlineData("/")]
    public async Task Page_HasStrictPolicy_NoFraming_NoSniffing_NoReferrer(string path)
    {
        using var api = new ApiFactory(azurite);
        var response = await api.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = Header(response, "Content-Security-Policy");
        Assert.Equal("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("no-cache", Header(response, "Cache-Control"));
    }

    [Fact]
    public async Task Pages_HoldNoInlineScriptOrStyle_TheirPolicyWouldBlock()
    {
        var root = Path.Combine(AzuriteFixture.FindRoot(), "src", "WellnessAssessment.Api", "wwwroot");
        var pages = Directory.GetFiles(root, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length >= 3, $"only {pages.Length} pages under {root}");
        foreach (var page in pages)
        {
            var html = await File.ReadAllTextAsync(page);
            Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)[^>]*>", html);
            Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(@"\s(style|on[a-z]+)=", html);
        }

        foreach (var script in Directory.GetFiles(Path.Combine(root, "js"), "*.js"))
        {
            var code = await File.ReadAllTextAsync(script);
            Assert.DoesNotContain("innerHTML", code, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"setAttribute\(\s*'style'|\beval\(|new Function\(", code);
        }
    }

    [Fact]
    public async Task ApiRoute_LoadsNothing_IsNeverStored()
    {
        using var api = new ApiFactory(azurite);
        var (agencyId, key, cycleId) = await OpenCycleAsync(api);

        var response = await api.ClientWithKey(key).GetAsync(new Uri($"/api/agencies/{agencyId}/assessments/{cycleId}/results", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("no-store", Header(response, "Cache-Control"));
    }

    [Fact]
    public async Task ProblemAnswer_AndNewAgencyKey_AreNeverStored()
    {
        using var api = new ApiFactory(azurite);
        var created = await api.ClientWithKey(ApiFactory.AdminKey).PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "Headers PD" }));
        var missing = await api.CreateClient().GetAsync(new Uri("/api/surveys/no-such-token-000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        foreach (var response in new[] { created, missing })
        {
            Assert.Equal("no-store", Header(response, "Cache-Control"));
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("default-src 'none'; frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        }
    }

    [Fact]
    public async Task ReportDownloads_AreNeverStored_AndTheHtmlReportRunsNoScriptAndIsNeverFramed()
    {
        using var api = new ApiFactory(azurite);
        var (agencyId, key, cycleId) = await OpenCycleAsync(api);
        var staff = api.ClientWithKey(key);

        var pdf = await staff.GetAsync(new Uri($"/api/agencies/{agencyId}/assessments/{cycleId}/report.pdf", UriKind.Relative));
        var html = await staff.GetAsync(new Uri($"/api/agencies/{agencyId}/assessments/{cycleId}/report.html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", Header(pdf, "Cache-Control"));
        Assert.Equal("nosniff", Header(pdf, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(pdf, "Referrer-Policy"));
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("no-store", Header(html, "Cache-Control"));
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'", Header(html, "Content-Security-Policy"));
        Assert.Equal("DENY", Header(html, "X-Frame-Options"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} is missing on {response.RequestMessage?.RequestUri}");

    private static async Task<(string AgencyId, string Key, string CycleId)> OpenCycleAsync(ApiFactory api)
    {
        var agency = await Json.ReadAsync(await api.ClientWithKey(ApiFactory.AdminKey).PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "Headers PD" })));
        var agencyId = agency["id"]!.GetValue<string>();
        var key = agency["key"]!.GetValue<string>();
        var cycle = await Json.ReadAsync(await api.ClientWithKey(key).PostAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative), Json.Body(new { title = "Spring", instrumentId = "safer-together", instrumentVersion = "1.0.0", purpose = "leadership-self-assessment" })));
        return (agencyId, key, cycle["id"]!.GetValue<string>()); // a self-assessment shows live results and reports
    }
}
