using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

[Collection(AzuriteTests.Name)]
public sealed class LoggingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Logs_HoldNoKeyNoTokenNoRespondentIdNoAnswers_AtInformationLevel()
    {
        var logs = new CapturedLogs();
        using var api = new ApiFactory(azurite);
        using var factory = api.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        HttpClient Client(string? key)
        {
            var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = key is null ? null : new AuthenticationHeaderValue("Bearer", key);
            return client;
        }

        var agency = await Json.ReadAsync(await Client(ApiFactory.AdminKey).PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "Quiet PD" })));
        var agencyId = agency["id"]!.GetValue<string>();
        var key = agency["key"]!.GetValue<string>();
        var staff = Client(key);
        var cycle = await Json.ReadAsync(await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative), Json.Body(new { title = "Spring", instrumentId = "safer-together" })));
        var token = cycle["respondentToken"]!.GetValue<string>();
        var id = cycle["id"]!.GetValue<string>();
        var respondent = Client(null);
        await respondent.GetAsync(new Uri($"/api/surveys/{token}", UriKind.Relative));
        var submitted = await respondent.PostAsync(new Uri($"/api/surveys/{token}/responses", UriKind.Relative), Json.Body("""{ "respondentId": "opaque-respondent-7f3a", "group": "fto", "answers": { "training.academy": 3 } }"""));
        await respondent.PostAsync(new Uri($"/api/surveys/{token}/responses", UriKind.Relative), Json.Body("""{ "respondentId": "opaque-respondent-7f3a", "group": "fto", "answers": { "training.academy": "sometimes-maybe" } }"""));
        await Client("wrong-key-0f9e8d7c").GetAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative));
        await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments/{id}/close", UriKind.Relative), null);
        await staff.GetAsync(new Uri($"/api/agencies/{agencyId}/assessments/{id}/results", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        foreach (var secret in new[] { ApiFactory.AdminKey, key, token, "opaque-respondent-7f3a", "sometimes-maybe", "wrong-key-0f9e8d7c" })
        {
            Assert.DoesNotContain(logs.Messages, message => message.Contains(secret, StringComparison.Ordinal));
        }
    }
}
