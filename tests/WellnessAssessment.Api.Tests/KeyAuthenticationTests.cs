using System.Net;
using Microsoft.AspNetCore.Hosting;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

/// <summary>The agency-key and admin-key schemes: what a caller without the right key sees.</summary>
public sealed class KeyAuthenticationTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly ApiFactory _factory = new(azurite);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AgencyRoute_WithoutAKey_Answers401Problem()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/api/agencies/any-pd/assessments", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await Json.ReadAsync(response);
        Assert.Equal("Send the agency key as 'Authorization: Bearer <key>'.", (string?)problem["detail"]);
        Assert.NotNull(problem["traceId"]);
    }

    [Fact]
    public async Task AgencyRoute_WithAKeyOfAnotherAgencyOrABadId_Answers404AsIfItDidNotExist()
    {
        var created = await Json.ReadAsync(await _factory.ClientWithKey(ApiFactory.AdminKey).PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "Keyholder PD" })));
        var client = _factory.ClientWithKey((string)created["key"]!);

        var own = await client.GetAsync(new Uri($"/api/agencies/{created["id"]}/assessments", UriKind.Relative));
        var unknown = await client.GetAsync(new Uri("/api/agencies/nobody-pd/assessments", UriKind.Relative));
        var badId = await client.GetAsync(new Uri("/api/agencies/a%23b/assessments", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        foreach (var response in new[] { unknown, badId })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("No such agency.", (string?)(await Json.ReadAsync(response))["detail"]);
        }
    }

    [Fact]
    public async Task AdminRoute_WithAnAgencyKey_Answers401()
    {
        var created = await Json.ReadAsync(await _factory.ClientWithKey(ApiFactory.AdminKey).PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "Climber PD" })));

        var response = await _factory.ClientWithKey((string)created["key"]!).PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "Other PD" }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Send the admin key as 'Authorization: Bearer <key>'.", (string?)(await Json.ReadAsync(response))["detail"]);
    }

    [Fact]
    public async Task AdminRoute_WithNoAdminKeyConfigured_Answers401SayingSo()
    {
        using var unconfigured = _factory.WithWebHostBuilder(builder => builder.UseSetting("Wellness:AdminKey", string.Empty));
        var client = unconfigured.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiFactory.AdminKey);

        var response = await client.PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "X PD" }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("No admin key is configured (setting Wellness__AdminKey); agencies cannot be created.", (string?)(await Json.ReadAsync(response))["detail"]);
    }
}
