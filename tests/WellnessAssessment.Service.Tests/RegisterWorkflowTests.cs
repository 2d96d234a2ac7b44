using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Service.Access;
using WellnessAssessment.Service.Cycles;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Service.Register;
using WellnessAssessment.Service.Requests;
using WellnessAssessment.Storage.Assessments;
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

    private static async Task<string> ClosedCycleAsync(ServiceHost host)
    {
        var cycles = host.Get<CycleService>();
        var cycle = (await cycles.CreateAsync(Staff, new CreateAssessmentRequest("Spring", "safer-together", "1.0.0"), RequestKey.None, default)).Value!.Id;
        var assessment = (await host.Get<AssessmentStore>().GetAsync(Agency, cycle, default))!;
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
