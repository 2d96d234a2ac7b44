using WellnessAssessment.Instruments;
using WellnessAssessment.Register;
using WellnessAssessment.Responses;
using WellnessAssessment.Service.Access;
using WellnessAssessment.Service.Cycles;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Service.Register;
using WellnessAssessment.Service.Requests;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Register;
using WellnessAssessment.Storage.Responses;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Service.Tests;

/// <summary>Adopting a closed cycle's plan into the action register, over Azurite.</summary>
[Collection(AzuriteTests.Name)]
[Trait("Category", "storage")]
public sealed class RegisterWorkflowTests(AzuriteFixture azurite)
{
    private const string Agency = "riverside-pd";
    private static readonly AgencyRequest Staff = new(Agency, Caller.Agency(Agency, "Riverside PD"), "https://wellness.example");

    [Fact]
    public async Task Adopt_RefusesWithoutAClosedCycle_TakesTheTopEntries_AndARepeatLeavesThemUnchanged()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var register = host.Get<RegisterService>();
        Assert.Equal(ProblemKind.Conflict, (await register.AdoptAsync(Staff, new AdoptRequest(null, 3, null), default)).Problem!.Kind);
        var cycle = await ClosedCycleAsync(host);

        var first = await register.AdoptAsync(Staff, new AdoptRequest(null, 3, null), default);
        var repeat = await register.AdoptAsync(Staff, new AdoptRequest(cycle, 3, null), default);

        Assert.Equal(cycle, first.Value!.AssessmentId);
        Assert.Equal(3, first.Value.Adopted.Count);
        Assert.Empty(repeat.Value!.Adopted);
        Assert.Equal(first.Value.Adopted.Select(view => view.Action.Id), repeat.Value.AlreadyInRegister);
        Assert.Equal(3, (await host.Get<ActionRegisterStore>().ListAsync(Agency, default)).Count);
    }

    [Theory]
    [InlineData(0, null, "top")]
    [InlineData(2, new[] { "training.academy" }, "itemIds")]
    public async Task Adopt_WithABadSelection_NamesThePlace(int top, string[]? itemIds, string place)
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());

        var refused = await host.Get<RegisterService>().AdoptAsync(Staff, new AdoptRequest(null, top, itemIds), default);

        Assert.Equal((ProblemKind.Invalid, place), (refused.Problem!.Kind, refused.Problem.Place));
    }

    [Fact]
    public async Task Edit_NeedsTheVersion_AStaleOneIsRefusedWithTheCurrentAction_AndTheWinnerIsKept()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var register = host.Get<RegisterService>();
        await ClosedCycleAsync(host);
        var id = (await register.AdoptAsync(Staff, new AdoptRequest(null, 1, null), default)).Value!.Adopted[0].Action.Id;
        var action = new ActionRequest(Agency, id, Staff.Caller);
        var read = await register.GetAsync(action, default);
        var etag = read.Headers!["ETag"];

        var unnamed = await register.UpdateAsync(action, Outcome.Found(new ActionEditRequest { Status = ActionStatus.Done }), null, default);
        var won = await register.UpdateAsync(action, Outcome.Found(new ActionEditRequest { Status = ActionStatus.InProgress, Assignee = "Sgt. Okafor" }), etag, default);
        var lost = await register.UpdateAsync(action, Outcome.Found(new ActionEditRequest { Status = ActionStatus.Done }), etag, default);

        Assert.Equal(ActionVersions.EntityTag(read.Value!.Version), etag);
        Assert.Equal(ProblemKind.PreconditionRequired, unnamed.Problem!.Kind);
        Assert.Equal(ActionStatus.InProgress, won.Value!.Action.Status);
        Assert.Equal(ProblemKind.PreconditionFailed, lost.Problem!.Kind);
        Assert.Equal(won.Headers!["ETag"], lost.Problem.Headers!["ETag"]);
        Assert.Equal(won.Value.Version, lost.Problem.Extensions!["currentVersion"]);
        Assert.Equal("Sgt. Okafor", ((ActionView)lost.Problem.Extensions["current"]!).Action.Assignee);
        Assert.Equal(ActionStatus.InProgress, (await register.GetAsync(action, default)).Value!.Action.Status);
    }

    [Fact]
    public async Task Exports_HoldOneRowAndOneTodoPerAction_InRegisterOrder()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var register = host.Get<RegisterService>();
        await ClosedCycleAsync(host);
        var ids = (await register.AdoptAsync(Staff, new AdoptRequest(null, 2, null), default)).Value!.Adopted.Select(view => view.Action.Id).ToList();

        var table = (await register.ExportTableAsync(Staff, default)).Value!;
        var calendar = (await register.ExportCalendarAsync(Staff, default)).Value!;
        var list = (await register.ListAsync(Staff, default)).Value!;

        Assert.Equal(("riverside-pd-actions.csv", 15), (table.FileName, table.Columns.Count));
        Assert.Equal(ids, table.Rows.Select(row => row[0]));
        Assert.All(table.Rows, row => Assert.Equal(("planned", "no"), (row[9], row[11])));
        Assert.Equal(("riverside-pd-actions.ics", "Riverside PD: action register"), (calendar.FileName, calendar.CalendarName));
        Assert.Equal(ids.Select(id => $"{id}@{Agency}.wellness-assessment"), calendar.Todos.Select(todo => todo.Uid));
        Assert.All(calendar.Todos, todo => Assert.Null(todo.Completed));
        Assert.Equal(ids, list.Actions.Select(view => view.Action.Id));
        Assert.Equal((2, 2), (list.Summary.Total, list.Summary.Planned));
    }

    [Fact]
    public async Task Progress_WithoutAnEarlierClosedCycle_IsAConflict_AndAnUnknownCycleIsNotFound()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var register = host.Get<RegisterService>();
        var cycle = await ClosedCycleAsync(host);

        var first = await register.ProgressAsync(new CycleRequest(Agency, cycle, Staff.Caller, Staff.RequestRoot), default);
        var unknown = await register.ProgressAsync(new CycleRequest(Agency, "a-nothere", Staff.Caller, Staff.RequestRoot), default);

        Assert.Equal(ProblemKind.Conflict, first.Problem!.Kind);
        Assert.Equal(ProblemKind.NotFound, unknown.Problem!.Kind);
    }

    private static async Task<string> ClosedCycleAsync(ServiceHost host)
    {
        var cycles = host.Get<CycleService>();
        var cycle = (await cycles.CreateAsync(Staff, new CreateAssessmentRequest("Spring", "safer-together", "1.0.0"), RequestKey.None, default)).Value!.Id;
        var assessment = (await host.Get<CycleStore>().GetAsync(Agency, cycle, default))!;
        var items = host.Get<InstrumentCatalog>().Find("safer-together", "1.0.0")!.Items.Select(item => item.Id).ToList();
        for (var i = 0; i < 6; i++)
        {
            var answers = items.Select((id, n) => (id, value: (n + i) % 3)).ToDictionary(pair => pair.id, pair => (Answer)pair.value);
            await host.Get<ResponseStore>().SubmitAsync(assessment, new Response { RespondentId = $"o-{i}", Group = "line-officer", Answers = answers }, default);
        }

        Assert.Equal(OutcomeKind.Found, (await cycles.CloseAsync(new CycleRequest(Agency, cycle, Staff.Caller, Staff.RequestRoot), default)).Kind);
        return cycle;
    }
}
