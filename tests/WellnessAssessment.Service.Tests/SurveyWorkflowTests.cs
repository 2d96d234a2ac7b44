using WellnessAssessment.Responses;
using WellnessAssessment.Service.Access;
using WellnessAssessment.Service.Cycles;
using WellnessAssessment.Service.Drafts;
using WellnessAssessment.Service.Limits;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Service.Requests;
using WellnessAssessment.Service.Surveys;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Service.Tests;

/// <summary>
/// The survey workflows over Azurite: a submission's body is read only after the link and the allowances let it in;
/// a resume code keeps the respondent id; a repeat of a stored submission learns its receipt even after the close.
/// </summary>
[Collection(AzuriteTests.Name)]
[Trait("Category", "storage")]
public sealed class SurveyWorkflowTests(AzuriteFixture azurite)
{
    private const string Agency = "survey-pd";
    private const string Client = "203.0.113.7";

    private static Func<CancellationToken, Task<Outcome<Response>>> Body(int academy, List<int>? reads = null) => _ =>
    {
        reads?.Add(academy);
        return Task.FromResult(Outcome.Found(new Response { RespondentId = "r-client", Group = "line-officer", Answers = new Dictionary<string, Answer> { ["training.academy"] = Answer.Level(academy) } }));
    };

    private static SubmissionRequest Submission(string? token, RequestKey? key = null, string? resumeCode = null, string client = Client) =>
        new(new RespondentRequest(token, client), key ?? RequestKey.None, resumeCode, null);

    private static async Task<(string Token, CycleRequest Cycle)> OpenAsync(ServiceHost host)
    {
        var caller = Caller.Agency(Agency, "Survey PD");
        var opened = await host.Get<CycleService>().CreateAsync(new AgencyRequest(Agency, caller, "https://wellness.example"), new CreateAssessmentRequest("Spring", "safer-together", "1.0.0"), RequestKey.None, default);
        return (opened.Value!.RespondentToken, new CycleRequest(Agency, opened.Value.Id, caller, "https://wellness.example"));
    }

    [Fact]
    public async Task Submit_ReadsTheBodyOnlyAfterTheLinkAndTheAllowance_AndNamesABadKeyAfterIt()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var (token, _) = await OpenAsync(host);
        var surveys = host.Get<SurveyService>();
        var limits = host.Get<ClientLimits>();
        const string Flooding = "198.51.100.9";
        for (var i = 0; i < limits.PermitsOf(Allowance.SubmissionsPerAddress); i++)
        {
            Assert.Null(limits.Take(Allowance.SubmissionsPerAddress, Flooding));
        }

        var reads = new List<int>();
        var missing = await surveys.SubmitAsync(Submission(null), Body(1, reads), default);
        var unknown = await surveys.SubmitAsync(Submission("t-nosuchlink"), Body(1, reads), default);
        var flooded = await surveys.SubmitAsync(Submission(token, client: Flooding), Body(1, reads), default);
        var badKey = await surveys.SubmitAsync(Submission(token, RequestKey.Parse(["two words"])), Body(2, reads), default);
        var accepted = await surveys.SubmitAsync(Submission(token), Body(3, reads), default);

        Assert.Equal((ProblemKind.Invalid, "X-Respondent-Token"), (missing.Problem!.Kind, missing.Problem.Place));
        Assert.Equal(ProblemKind.NotFound, unknown.Problem!.Kind);
        Assert.Equal(ProblemKind.TooManyRequests, flooded.Problem!.Kind);
        Assert.InRange(flooded.Problem.RetryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Equal((ProblemKind.Invalid, "Idempotency-Key"), (badKey.Problem!.Kind, badKey.Problem.Place));
        Assert.Equal(OutcomeKind.Found, accepted.Kind);
        Assert.Equal([2, 3], reads);
    }

    [Fact]
    public async Task ResumeCode_KeepsTheRespondentId_AndARepeatedKeyAfterTheClose_GetsItsReceiptWhileNewAnswersAre409()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var (token, cycle) = await OpenAsync(host);
        var surveys = host.Get<SurveyService>();
        var key = RequestKey.Parse(["k-first"]);

        var first = await surveys.SubmitAsync(Submission(token, key), Body(1), default);
        var changed = await surveys.SubmitAsync(Submission(token, resumeCode: first.Value!.ResumeCode!.ToLowerInvariant()), Body(4), default);
        var kept = await host.Get<DraftService>().ResumeAsync(new RespondentRequest(token, Client), first.Value.ResumeCode, default);
        Assert.True((await host.Get<CycleService>().CloseAsync(cycle, default)).Succeeded);
        var repeated = await surveys.SubmitAsync(Submission(token, key), Body(1), default);
        var late = await surveys.SubmitAsync(Submission(token, RequestKey.Parse(["k-late"])), Body(1), default);
        var survey = await surveys.GetAsync(new RespondentRequest(token, Client), default);

        Assert.StartsWith("o-", first.Value.RespondentId, StringComparison.Ordinal);
        Assert.Equal("received", first.Value.Status);
        Assert.Equal(first.Value.RespondentId, changed.Value!.RespondentId);
        Assert.Equal(first.Value.ResumeCode, changed.Value.ResumeCode);
        Assert.Equal(Answer.Level(4), kept.Value!.Response.Answers["training.academy"]);
        Assert.Equal(first.Value.RespondentId, repeated.Value!.RespondentId);
        Assert.Null(repeated.Value.ResumeCode);
        Assert.Equal(ProblemKind.Conflict, late.Problem!.Kind);
        Assert.Equal("This assessment has closed; answers can no longer be submitted or changed.", late.Problem.Detail);
        Assert.Equal("closed", survey.Value!.Status);
        Assert.Equal(["en"], survey.Value.Estimates.Keys);
    }
}
