using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

/// <summary>Resume codes: a draft kept per cycle under a random code, gone at close, with failed lookups limited per address.</summary>
public sealed partial class DraftTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly ApiFactory _factory = new(azurite);

    [GeneratedRegex("^[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$")]
    private static partial Regex CodeShape();

    public void Dispose() => _factory.Dispose();

    private static async Task<(string AgencyId, string Key, string CycleId, string Token)> OpenCycleAsync(WebApplicationFactory<Program> factory, string name)
    {
        var agency = await Json.ReadAsync(await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/agencies")
        {
            Content = Json.Body(new { name }),
            Headers = { Authorization = new("Bearer", ApiFactory.AdminKey) },
        }));
        var (id, key) = (agency["id"]!.GetValue<string>(), agency["key"]!.GetValue<string>());
        var cycle = await Json.ReadAsync(await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/agencies/{id}/assessments")
        {
            Content = Json.Body(new { title = "Spring 2026", instrumentId = "safer-together", instrumentVersion = "2.0.0" }),
            Headers = { Authorization = new("Bearer", key) },
        }));
        return (id, key, cycle["id"]!.GetValue<string>(), cycle["respondentToken"]!.GetValue<string>());
    }

    private static StringContent Draft(string group, int academy, int part) =>
        Json.Body($$"""{ "response": { "respondentId": "r-7f3a", "group": "{{group}}", "answers": { "training.academy": {{academy}}, "training.in-service": "dont-know" } }, "part": {{part}} }""");

    [Fact]
    public async Task Draft_IsKeptUnderACode_ReadBackTypedLoosely_Updated_AndGoneWhenTheCycleCloses()
    {
        var (agencyId, key, cycleId, token) = await OpenCycleAsync(_factory, "Draft County Sheriff");
        var client = _factory.CreateClient();

        var created = await client.SendDraftAsync(HttpMethod.Post, token, "", Draft("dispatcher", 2, 1));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var code = (await Json.ReadAsync(created))["code"]!.GetValue<string>();
        Assert.Matches(CodeShape(), code);

        var typed = code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant();
        var read = await Json.ReadAsync(await client.SendDraftAsync(HttpMethod.Get, token, $"/{Uri.EscapeDataString(typed)}"));
        Assert.Equal("dispatcher", read["response"]!["group"]!.GetValue<string>());
        Assert.Equal(2, read["response"]!["answers"]!["training.academy"]!.GetValue<int>());
        Assert.Equal("dont-know", read["response"]!["answers"]!["training.in-service"]!.GetValue<string>());
        Assert.Equal(1, read["part"]!.GetValue<int>());

        Assert.Equal(HttpStatusCode.OK, (await client.SendDraftAsync(HttpMethod.Put, token, $"/{code}", Draft("dispatcher", 4, 3))).StatusCode);
        var updated = await Json.ReadAsync(await client.SendDraftAsync(HttpMethod.Get, token, $"/{code}"));
        Assert.Equal(4, updated["response"]!["answers"]!["training.academy"]!.GetValue<int>());
        Assert.Equal(3, updated["part"]!.GetValue<int>());

        var staff = _factory.ClientWithKey(key);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments/{cycleId}/close", UriKind.Relative), null)).StatusCode);

        var afterClose = await client.SendDraftAsync(HttpMethod.Get, token, $"/{code}");
        Assert.Equal(HttpStatusCode.Conflict, afterClose.StatusCode);
        Assert.Equal("This assessment has closed; answers can no longer be saved, and resume codes no longer work.", (await Json.ReadAsync(afterClose))["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, (await client.SendDraftAsync(HttpMethod.Put, token, $"/{code}", Draft("dispatcher", 1, 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.SendDraftAsync(HttpMethod.Post, token, "", Draft("dispatcher", 1, 1))).StatusCode);
    }

    [Fact]
    public async Task Draft_IsValidatedLikeASubmission_AndItsPartMustBeAStep()
    {
        var (_, _, _, token) = await OpenCycleAsync(_factory, "Draft Validation PD");
        var client = _factory.CreateClient();

        var badGroup = await client.SendDraftAsync(HttpMethod.Post, token, "", Draft("sergeant-at-arms", 2, 1));
        var badPart = await client.SendDraftAsync(HttpMethod.Post, token, "", Draft("dispatcher", 2, 17));

        Assert.Equal(HttpStatusCode.BadRequest, badGroup.StatusCode);
        Assert.Contains("response.group", (await Json.ReadAsync(badGroup))["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(HttpStatusCode.BadRequest, badPart.StatusCode);
        Assert.Equal("must be between 0 and 16", (await Json.ReadAsync(badPart))["errors"]!["part"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task ResumeCode_WorksOnlyWithItsOwnCycle_AndAnUnknownCodeSaysNothingMore()
    {
        var (_, _, _, first) = await OpenCycleAsync(_factory, "First Cycle PD");
        var (_, _, _, second) = await OpenCycleAsync(_factory, "Second Cycle PD");
        var client = _factory.CreateClient();
        var code = (await Json.ReadAsync(await client.SendDraftAsync(HttpMethod.Post, first, "", Draft("dispatcher", 2, 1))))["code"]!.GetValue<string>();

        var elsewhere = await client.SendDraftAsync(HttpMethod.Get, second, $"/{code}");
        var unknown = await client.SendDraftAsync(HttpMethod.Get, first, $"/ZZZZZ-ZZZZZ");

        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal((await Json.ReadAsync(elsewhere))["detail"]!.ToJsonString(), (await Json.ReadAsync(unknown))["detail"]!.ToJsonString());
    }

    [Fact]
    public async Task ResumeLookups_AfterTooManyFailuresFromOneAddress_Answer429_AndSuccessesDoNotCount()
    {
        using var limited = _factory.WithWebHostBuilder(builder => builder.UseSetting("Wellness:ResumeFailuresPerTenMinutes", "3"));
        var (_, _, _, token) = await OpenCycleAsync(limited, "Guessing PD");
        var client = limited.CreateClient();
        var code = (await Json.ReadAsync(await client.SendDraftAsync(HttpMethod.Post, token, "", Draft("dispatcher", 2, 1))))["code"]!.GetValue<string>();
        var statuses = new List<HttpStatusCode>();

        foreach (var attempt in new[] { code, code, "AAAAA-AAAAA", "BBBBB-BBBBB", "CCCCC-CCCCC", code })
        {
            var response = await client.SendDraftAsync(HttpMethod.Get, token, $"/{attempt}");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("600", response.Headers.GetValues("Retry-After").Single());
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
    }
}
