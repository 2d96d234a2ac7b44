using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

public sealed class RespondentTokenTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string TokenHeader = "X-Respondent-Token";

    [Fact]
    public async Task RespondentUrl_CarriesTheTokenInTheFragment()
    {
        using var api = new ApiFactory(azurite);
        var (_, _, _, token, url) = await OpenCycleAsync(api);

        Assert.Equal($"http://localhost/survey/#{token}", url);
    }

    [Fact]
    public async Task OldPathLink_RedirectsOnceToTheFragmentForm_AndIsNotCached()
    {
        using var api = new ApiFactory(azurite);
        var (_, _, _, token, _) = await OpenCycleAsync(api);
        var browser = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var old = await browser.GetAsync(new Uri($"/survey/{token}", UriKind.Relative));
        var page = await browser.GetAsync(new Uri("/survey/", UriKind.Relative));
        var garbage = await browser.GetAsync(new Uri("/survey/not.a.token", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
        Assert.Equal($"/survey/#{token}", old.Headers.Location!.OriginalString);
        Assert.True(old.Headers.CacheControl!.NoStore);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("/js/survey.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, garbage.StatusCode);
    }

    [Fact]
    public async Task SurveyByHeader_AnswersWithoutEverEchoingTheToken()
    {
        using var api = new ApiFactory(azurite);
        var (_, _, _, token, _) = await OpenCycleAsync(api);
        var respondent = api.CreateClient();

        var missing = await respondent.GetAsync(new Uri("/api/survey", UriKind.Relative));
        var survey = await Send(respondent, HttpMethod.Get, "/api/survey", token);
        var submitted = await Send(respondent, HttpMethod.Post, "/api/survey/responses", token, Answer("r-1"));
        var unknown = await Send(respondent, HttpMethod.Get, "/api/survey", "unknown-token-0123456789");
        var unknownSubmit = await Send(respondent, HttpMethod.Post, "/api/survey/responses", "unknown-token-0123456789", Answer("r-2"));
        var oldForm = await respondent.GetAsync(new Uri($"/api/surveys/{token}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("The X-Respondent-Token header is required: the survey page sends the code from its link (the part after '#').", (await Json.ReadAsync(missing))["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, survey.StatusCode);
        Assert.Equal("Spring", (await Json.ReadAsync(survey))["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownSubmit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, oldForm.StatusCode);
        foreach (var (response, secret) in new[] { (survey, token), (submitted, token), (oldForm, token), (unknown, "unknown-token-0123456789"), (unknownSubmit, "unknown-token-0123456789") })
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
            Assert.DoesNotContain(response.Headers.Concat(response.Content.Headers), header => header.Value.Any(value => value.Contains(secret, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task AccessLog_OfAFullRespondentFlow_HoldsNoToken()
    {
        var logs = new CapturedLogs();
        using var api = new ApiFactory(azurite);
        using var factory = api.WithWebHostBuilder(builder =>
        {
            // What a front end's access log keeps of each request: method, path, query, protocol, status, Referer.
            builder.UseSetting("Wellness:RequestLogging", "true");
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
            builder.ConfigureTestServices(services => services.PostConfigure<HttpLoggingOptions>(options =>
            {
                options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.RequestQuery
                    | HttpLoggingFields.RequestProtocol | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.RequestHeaders;
                options.RequestHeaders.Clear();
                options.RequestHeaders.Add("Referer");
            }));
        });
        var (_, _, _, token, url) = await OpenCycleAsync(factory);
        var phone = factory.CreateClient();
        phone.DefaultRequestHeaders.Referrer = new Uri(new Uri(url).GetLeftPart(UriPartial.Path)); // what a browser sends: never the fragment

        // The page at its link (a browser never sends the fragment), its script and style, then the survey API by header.
        var statuses = new List<HttpStatusCode>();
        foreach (var path in new[] { new Uri(url).PathAndQuery, "/js/survey.js", "/js/api.js", "/css/site.css" })
        {
            statuses.Add((await phone.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }

        statuses.Add((await Send(phone, HttpMethod.Get, "/api/survey", token)).StatusCode);
        statuses.Add((await Send(phone, HttpMethod.Post, "/api/survey/responses", token, Answer("phone-1"))).StatusCode);
        statuses.Add((await Send(phone, HttpMethod.Post, "/api/survey/responses", token, Answer("phone-1"))).StatusCode);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        var requests = logs.Entries.Where(entry => entry.Category.StartsWith("Microsoft.AspNetCore.HttpLogging", StringComparison.Ordinal)).Select(entry => entry.Message).ToList();
        Assert.Contains(requests, line => line.Contains("Path: /survey/", StringComparison.Ordinal));
        Assert.Equal(2, requests.Count(line => line.Contains("Path: /api/survey/responses", StringComparison.Ordinal) && line.Contains("StatusCode: 200", StringComparison.Ordinal)));
        Assert.Contains(requests, line => line.Contains("Referer: http://localhost/survey/", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, message => message.Contains(token, StringComparison.Ordinal));
    }

    private static StringContent Answer(string respondentId) =>
        Json.Body($$"""{ "respondentId": "{{respondentId}}", "group": "fto", "answers": { "training.academy": 3 } }""");

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string token, HttpContent? body = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = body };
        request.Headers.Add(TokenHeader, token);
        return client.SendAsync(request);
    }

    private static async Task<(string AgencyId, string Key, string CycleId, string Token, string Url)> OpenCycleAsync(WebApplicationFactory<Program> api)
    {
        var admin = api.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", ApiFactory.AdminKey);
        var agency = await Json.ReadAsync(await admin.PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "Token PD" })));
        var agencyId = agency["id"]!.GetValue<string>();
        var key = agency["key"]!.GetValue<string>();
        var staff = api.CreateClient();
        staff.DefaultRequestHeaders.Authorization = new("Bearer", key);
        var cycle = await Json.ReadAsync(await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative), Json.Body(new { title = "Spring", instrumentId = "safer-together", instrumentVersion = "1.0.0" })));
        return (agencyId, key, cycle["id"]!.GetValue<string>(), cycle["respondentToken"]!.GetValue<string>(), cycle["respondentUrl"]!.GetValue<string>());
    }
}
