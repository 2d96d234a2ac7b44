using RequestFailedException = Azure.RequestFailedException;
using WellnessAssessment.Responses;
using WellnessAssessment.Service.Access;
using WellnessAssessment.Service.Cycles;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Service.Requests;
using WellnessAssessment.Storage.Audit;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Responses;
using WellnessAssessment.Storage.Results;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Service.Tests;

/// <summary>The cycle workflows of the layer over Azurite: close (k rule, release at close, finishing an interrupted close), purge, import.</summary>
[Collection(AzuriteTests.Name)]
[Trait("Category", "storage")]
public sealed class CycleWorkflowTests(AzuriteFixture azurite)
{
    private const string Agency = "riverside-pd";
    private static readonly Caller Staff = Caller.Agency(Agency, "Riverside PD");

    [Fact]
    public async Task Close_InterruptedBetweenTheGateAndTheRow_IsFinishedByTheNextRead_AndRecordedOnce()
    {
        var prefix = AzuriteFixture.UniquePrefix();
        using var healthy = new ServiceHost(azurite, prefix);
        using var failing = new ServiceHost(azurite, prefix, Faults.FailingUpdates(azurite.ConnectionString, prefix, "assessments", failures: 1));
        var cycle = await OpenAsync(healthy);
        await SubmitAsync(healthy, cycle, count: 6);

        // The close shuts the gate, then its write of the cycle row fails: the row still says open.
        await Assert.ThrowsAsync<RequestFailedException>(() => failing.Get<CycleService>().CloseAsync(Request(cycle), default));
        var store = healthy.Get<CycleStore>();
        Assert.Equal(CycleStatus.Open, (await store.GetAsync(Agency, cycle, default))!.Status);
        Assert.Equal(SubmissionOutcome.Closed, await healthy.Get<ResponseStore>().SubmitAsync((await store.GetAsync(Agency, cycle, default))!, Respondent("late"), default));

        // The next read shows the cycle closed, with the snapshot taken and one audit entry.
        var read = await healthy.Get<CycleService>().GetAsync(Request(cycle), default);
        Assert.Equal("closed", read.Value!.Status);
        Assert.Equal(6, read.Value.ResponseCount);
        var closed = (await store.GetAsync(Agency, cycle, default))!;
        Assert.Equal(CycleStatus.Closed, closed.Status);
        Assert.NotNull(await healthy.Get<ResultStore>().ReadAsync(closed, default));
        Assert.Equal(1, await CountAsync(healthy, AuditEventKind.CycleClosed));

        // A close after that refuses as always and records nothing more.
        var again = await healthy.Get<CycleService>().CloseAsync(Request(cycle), default);
        Assert.Equal(ProblemKind.Conflict, again.Problem!.Kind);
        Assert.Equal(1, await CountAsync(healthy, AuditEventKind.CycleClosed));
    }

    [Fact]
    public async Task Close_InterruptedBetweenTheGateAndTheRow_IsFinishedByAnAdoption_WhichThenAdoptsFromIt()
    {
        var prefix = AzuriteFixture.UniquePrefix();
        using var healthy = new ServiceHost(azurite, prefix);
        using var failing = new ServiceHost(azurite, prefix, Faults.FailingUpdates(azurite.ConnectionString, prefix, "assessments", failures: 1));
        var cycle = await OpenAsync(healthy);
        await SubmitAsync(healthy, cycle, count: 6);
        await Assert.ThrowsAsync<RequestFailedException>(() => failing.Get<CycleService>().CloseAsync(Request(cycle), default));

        // The register reads the cycle through the cycle service: the close is finished, not answered "close it first".
        var adopted = await healthy.Get<WellnessAssessment.Service.Register.RegisterService>().AdoptAsync(
            Request(cycle).Agency, new WellnessAssessment.Service.Register.AdoptRequest(cycle, 3, null), default);

        Assert.True(adopted.Succeeded, adopted.Problem?.Detail);
        Assert.Equal(cycle, adopted.Value!.AssessmentId);
        Assert.Equal(CycleStatus.Closed, (await healthy.Get<CycleStore>().GetAsync(Agency, cycle, default))!.Status);
        Assert.Equal(1, await CountAsync(healthy, AuditEventKind.CycleClosed));
    }

    [Fact]
    public async Task Close_InterruptedAfterTheRow_IsFinishedByTheNextClose_AndRecordedOnce()
    {
        var prefix = AzuriteFixture.UniquePrefix();
        using var healthy = new ServiceHost(azurite, prefix);
        using var failing = new ServiceHost(azurite, prefix, Faults.FailingAdds(azurite.ConnectionString, prefix, "audit", failures: 1));
        var cycle = await OpenAsync(healthy);
        await SubmitAsync(healthy, cycle, count: 5);

        // The row and the snapshot are written; the audit entry is not.
        await Assert.ThrowsAsync<RequestFailedException>(() => failing.Get<CycleService>().CloseAsync(Request(cycle), default));
        Assert.Equal(0, await CountAsync(healthy, AuditEventKind.CycleClosed));

        var again = await healthy.Get<CycleService>().CloseAsync(Request(cycle), default);

        Assert.Equal(ProblemKind.Conflict, again.Problem!.Kind);
        var entry = Assert.Single(await healthy.Get<AuditTrail>().ReadAsync(Agency, default), e => e.Kind == AuditEventKind.CycleClosed);
        Assert.Equal("5 responses", entry.Detail);
        Assert.Equal(1, await CountAsync(healthy, AuditEventKind.CycleClosed));
    }

    [Fact]
    public async Task Close_WithFewerThanKRespondents_WithholdsTheCount_AndReleasesAnAnonymousSurveyOnlyAtClose()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var cycles = host.Get<CycleService>();
        var cycle = await OpenAsync(host);
        await SubmitAsync(host, cycle, count: 3);
        Assert.False(CycleResults.IsReleased((await host.Get<CycleStore>().GetAsync(Agency, cycle, default))!));

        var closed = await cycles.CloseAsync(Request(cycle), default);

        Assert.Equal(OutcomeKind.Found, closed.Kind);
        Assert.Equal("closed", closed.Value!.Status);
        Assert.True(closed.Value.ResultsReleased);
        Assert.Null(closed.Value.ResponseCount);
        var small = Assert.Single(closed.Value.Groups, group => group.Id == "line-officer");
        Assert.Null(small.Count);
        Assert.True(small.BelowThreshold);
        var entry = Assert.Single(await host.Get<AuditTrail>().ReadAsync(Agency, default), e => e.Kind == AuditEventKind.CycleClosed);
        Assert.Equal("fewer than 5 responses", entry.Detail);
    }

    [Fact]
    public async Task Purge_RefusesAnOpenCycle_ThenDeletesTheResponsesAndKeepsTheCounts_AndARepeatRecordsNothingMore()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var cycles = host.Get<CycleService>();
        var cycle = await OpenAsync(host);
        await SubmitAsync(host, cycle, count: 7);

        Assert.Equal(ProblemKind.Conflict, (await cycles.PurgeAsync(Request(cycle), default)).Problem!.Kind);
        await cycles.CloseAsync(Request(cycle), default);
        var closed = (await host.Get<CycleStore>().GetAsync(Agency, cycle, default))!;
        var purged = await cycles.PurgeAsync(Request(cycle), default);
        var repeated = await cycles.PurgeAsync(Request(cycle), default);

        Assert.NotNull(purged.Value!.PurgedAt);
        Assert.Equal(7, purged.Value.ResponseCount);
        Assert.Equal(purged.Value.PurgedAt, repeated.Value!.PurgedAt);
        Assert.Empty(await host.Get<ResponseStore>().ReadAllAsync(closed, default)); // read as the cycle was before the purge marked it
        Assert.Equal(1, await CountAsync(host, AuditEventKind.CyclePurged));
    }

    [Fact]
    public async Task Import_IsOnePerCycle_ARepeatWithItsKeyChangesAndRecordsNothing_AndACycleWithOnlineAnswersRefusesIt()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var cycles = host.Get<CycleService>();
        var cycle = await OpenAsync(host);
        var set = Outcome.Found(new ResponseSet { Instrument = new("safer-together", "1.0.0"), Responses = [.. Enumerable.Range(0, 6).Select(i => Respondent($"r{i}"))] });

        var first = await cycles.ImportAsync(Request(cycle), set, RequestKey.Parse(["import-1"]), default);
        var repeat = await cycles.ImportAsync(Request(cycle), set, RequestKey.Parse(["import-1"]), default);
        var other = await cycles.ImportAsync(Request(cycle), set, RequestKey.Parse(["import-2"]), default);

        Assert.Equal(6, first.Value!.Imported);
        Assert.Equal(6, repeat.Value!.Imported);
        Assert.Equal(ProblemKind.Conflict, other.Problem!.Kind);
        Assert.Contains("one import", other.Problem.Detail, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(host, AuditEventKind.ImportAccepted));

        var online = await OpenAsync(host);
        await SubmitAsync(host, online, count: 1);
        var refused = await cycles.ImportAsync(Request(online), set, RequestKey.None, default);
        Assert.Equal(ProblemKind.Conflict, refused.Problem!.Kind);
        Assert.Contains("online answers or one import", refused.Problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WithAnUnreadableBody_AnswersTheBodysProblem_ButAnUnknownCycleIs404First()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var cycles = host.Get<CycleService>();
        var cycle = await OpenAsync(host);
        var unreadable = Outcome.Refused<ResponseSet>(Problem.Invalid("$", "the body is empty or null; expected a JSON object"));

        var refused = await cycles.ImportAsync(Request(cycle), unreadable, RequestKey.None, default);
        var unknown = await cycles.ImportAsync(Request("no-such-cycle"), unreadable, RequestKey.None, default);

        Assert.Equal("$", refused.Problem!.Place);
        Assert.Equal(ProblemKind.NotFound, unknown.Problem!.Kind);
    }

    private static CycleRequest Request(string cycle) => new(Agency, cycle, Staff, "https://wellness.example");

    private static async Task<string> OpenAsync(ServiceHost host)
    {
        var opened = await host.Get<CycleService>().CreateAsync(new AgencyRequest(Agency, Staff, "https://wellness.example"), new CreateAssessmentRequest("Spring", "safer-together", "1.0.0"), RequestKey.None, default);
        Assert.Equal(OutcomeKind.Created, opened.Kind);
        Assert.Equal($"https://wellness.example/survey/#{Uri.EscapeDataString(opened.Value!.RespondentToken)}", opened.Value.RespondentUrl);
        return opened.Value.Id;
    }

    private static async Task SubmitAsync(ServiceHost host, string cycle, int count)
    {
        var assessment = (await host.Get<CycleStore>().GetAsync(Agency, cycle, default))!;
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(SubmissionOutcome.Accepted, await host.Get<ResponseStore>().SubmitAsync(assessment, Respondent($"o-{i}"), default));
        }
    }

    private static Response Respondent(string id) =>
        new() { RespondentId = id, Group = "line-officer", Answers = new Dictionary<string, Answer> { ["training.academy"] = 3 } };

    private static async Task<int> CountAsync(ServiceHost host, AuditEventKind kind) =>
        (await host.Get<AuditTrail>().ReadAsync(Agency, default)).Count(e => e.Kind == kind);
}
