using WellnessAssessment.Responses;
using WellnessAssessment.Service.Access;
using WellnessAssessment.Service.Cycles;
using WellnessAssessment.Service.Drafts;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Service.Requests;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Service.Tests;

/// <summary>The draft workflows over Azurite: the body is read only after the link and the limits let the request in; unknown codes count towards the lookup limit.</summary>
[Collection(AzuriteTests.Name)]
[Trait("Category", "storage")]
public sealed class DraftWorkflowTests(AzuriteFixture azurite)
{
    private const string Agency = "draft-pd";
    private const string Client = "203.0.113.7";

    private static Func<CancellationToken, Task<Outcome<SurveyDraft>>> Body(int academy, int part, List<int>? reads = null) => _ =>
    {
        reads?.Add(academy);
        return Task.FromResult(Outcome.Found(new SurveyDraft(new Response { RespondentId = "r-client", Group = "line-officer", Answers = new Dictionary<string, Answer> { ["training.academy"] = Answer.Level(academy) } }, part)));
    };

    private static async Task<string> OpenAsync(ServiceHost host)
    {
        var opened = await host.Get<CycleService>().CreateAsync(new AgencyRequest(Agency, Caller.Agency(Agency, "Draft PD"), "https://wellness.example"), new CreateAssessmentRequest("Spring", "safer-together", "1.0.0"), RequestKey.None, default);
        return opened.Value!.RespondentToken;
    }

    [Fact]
    public async Task Create_ReadsTheBodyOnlyForAnOpenLink_AndKeepsItUnderTheServersRespondentId()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var token = await OpenAsync(host);
        var drafts = host.Get<DraftService>();
        var reads = new List<int>();

        var missing = await drafts.CreateAsync(new RespondentRequest(null, Client), Body(1, 1, reads), default);
        var unknown = await drafts.CreateAsync(new RespondentRequest("t-nosuchlink", Client), Body(1, 1, reads), default);
        var created = await drafts.CreateAsync(new RespondentRequest(token, Client), Body(3, 2, reads), default);
        var resumed = await drafts.ResumeAsync(new RespondentRequest(token, "198.51.100.1"), created.Value!.Code, default);

        Assert.Equal((ProblemKind.Invalid, "X-Respondent-Token"), (missing.Problem!.Kind, missing.Problem.Place));
        Assert.Equal(ProblemKind.NotFound, unknown.Problem!.Kind);
        Assert.Equal([3], reads);
        Assert.Equal(OutcomeKind.Created, created.Kind);
        Assert.Null(created.Location);
        Assert.Equal(2, resumed.Value!.Part);
        Assert.Equal(Answer.Level(3), resumed.Value.Response.Answers["training.academy"]);
        Assert.StartsWith("o-", resumed.Value.Response.RespondentId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCodePuts_CountTowardsTheLookupLimit_AndTheBodyOfAnUnknownCodeIsNeverRead()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var token = await OpenAsync(host);
        var drafts = host.Get<DraftService>();
        var limit = host.Get<Limits.ClientLimits>().PermitsOf(Limits.Allowance.ResumeLookupFailures);
        var code = (await drafts.CreateAsync(new RespondentRequest(token, Client), Body(2, 1), default)).Value!.Code;
        var reads = new List<int>();

        var guesses = new List<ProblemKind?>();
        for (var i = 0; i < limit; i++)
        {
            guesses.Add((await drafts.SaveAsync(new RespondentRequest(token, Client), $"AAAA{i % 10}-AAAAA", Body(2, 1, reads), default)).Problem?.Kind);
        }

        var blocked = await drafts.SaveAsync(new RespondentRequest(token, Client), code, Body(3, 1, reads), default);
        var otherClient = await drafts.SaveAsync(new RespondentRequest(token, "198.51.100.1"), code, Body(4, 1, reads), default);

        Assert.All(guesses, kind => Assert.Equal(ProblemKind.NotFound, kind));
        Assert.Equal(ProblemKind.TooManyRequests, blocked.Problem!.Kind);
        Assert.Equal(TimeSpan.FromMinutes(10), blocked.Problem.RetryAfter);
        Assert.Equal(code, otherClient.Value!.Code);
        Assert.Equal([4], reads);
    }
}
