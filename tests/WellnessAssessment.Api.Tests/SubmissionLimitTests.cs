using System.Net;
using Microsoft.AspNetCore.Hosting;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

public sealed class SubmissionLimitTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task SixtyRespondents_FromOneStationAddress_WithinAMinute_AllSucceed()
    {
        using var api = new ApiFactory(azurite);
        var cycle = await InvitationCodeTests.OpenCycleAsync(api);
        var station = api.CreateClient(); // every request of the test host comes from one address

        var started = DateTimeOffset.UtcNow;
        var answers = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => InvitationCodeTests.Submit(station, cycle.Token, null, $"shift-{i}", i % 5)));
        var elapsed = DateTimeOffset.UtcNow - started;

        Assert.True(elapsed < TimeSpan.FromMinutes(1), $"the 60 submissions took {elapsed}, so they did not test a one-minute window");
        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/close", UriKind.Relative), null); // results are released at close
        var result = await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/results", UriKind.Relative)));
        Assert.Equal(60, result["respondents"]!.GetValue<int>());
    }

    [Fact]
    public async Task SubmissionsOverTheAddressLimit_Answer429WithRetryAfter_AndStoreNothing()
    {
        using var api = new ApiFactory(azurite);
        using var factory = api.WithWebHostBuilder(builder => builder.UseSetting("Wellness:Submissions:PerAddressPerMinute", "5"));
        var cycle = await InvitationCodeTests.OpenCycleAsync(factory);
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 6; i++)
        {
            var answer = await InvitationCodeTests.Submit(client, cycle.Token, null, $"flood-{i}", 1);
            statuses.Add(answer.StatusCode);
            refused = answer;
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], statuses);
        Assert.InRange(refused!.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        var problem = await Json.ReadAsync(refused);
        Assert.Equal("Too many requests", problem["title"]!.GetValue<string>());
        await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/close", UriKind.Relative), null); // results are released at close
        var result = await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/results", UriKind.Relative)));
        Assert.Equal(5, result["respondents"]!.GetValue<int>());
    }

    [Fact]
    public async Task OneCode_UsedTooOften_Answers429()
    {
        using var api = new ApiFactory(azurite);
        using var factory = api.WithWebHostBuilder(builder => builder.UseSetting("Wellness:Submissions:PerCodePerMinute", "3"));
        var cycle = await InvitationCodeTests.OpenCycleAsync(factory);
        var code = (await Json.ReadAsync(await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/invitations", UriKind.Relative), Json.Body(new { count = 1 }))))["codes"]![0]!.GetValue<string>();
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        string? resumeCode = null;
        for (var i = 0; i < 4; i++)
        {
            // The holder changes the answers with the resume code issued with the first ones.
            var answer = await InvitationCodeTests.Submit(client, cycle.Token, code, "holder", i, resumeCode);
            statuses.Add(answer.StatusCode);
            resumeCode ??= (await Json.ReadAsync(answer))["resumeCode"]?.GetValue<string>();
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
