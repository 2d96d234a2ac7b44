using WellnessAssessment.Instruments;
using WellnessAssessment.Register;
using WellnessAssessment.Service.Register;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Register;

namespace WellnessAssessment.Service.Tests;

/// <summary>The register's order: the current focus areas' actions first, by the areas' rank; adoption order within each.</summary>
[Trait("Category", "unit")]
public sealed class FocusOrderTests
{
    private static StoredAction Action(string id, string domain) => new(new RegisterAction
    {
        Id = id,
        ItemId = domain + ".item",
        DomainId = domain,
        Level = 1,
        Recommendation = "Do it",
        Owner = "Chief",
        Status = ActionStatus.Planned,
    }, "v1");

    private static StoredCycle Cycle(string id, CycleStatus status, DateTimeOffset closedAt, params string[] focus) => new()
    {
        AgencyId = "a",
        Id = id,
        Title = id,
        Instrument = new InstrumentReference("safer-together", "1.0.0"),
        Status = status,
        RespondentToken = "t",
        CreatedAt = closedAt.AddDays(-30),
        ClosedAt = status == CycleStatus.Closed ? closedAt : null,
        FocusAreas = focus.Length == 0 ? null : focus,
        ETag = "e",
    };

    [Fact]
    public void FocusFirst_PutsTheFocusAreasActionsFirstByRank_AndKeepsAdoptionOrderWithinEach()
    {
        StoredAction[] register = [Action("1", "training"), Action("2", "officer-trust"), Action("3", "wellness-supports"), Action("4", "training"), Action("5", "collaboration")];

        var ordered = FocusOrder.FocusFirst(register, ["wellness-supports", "training"]);

        Assert.Equal(["3", "1", "4", "2", "5"], ordered.Select(each => each.Action.Id));
    }

    [Fact]
    public void FocusFirst_WithoutFocusAreas_KeepsAdoptionOrder()
    {
        StoredAction[] register = [Action("1", "training"), Action("2", "officer-trust")];

        Assert.Equal(["1", "2"], FocusOrder.FocusFirst(register, []).Select(each => each.Action.Id));
    }

    [Fact]
    public void CurrentFocusAreas_AreThoseOfTheLatestClosedCycleThatHasAny()
    {
        var may = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
        StoredCycle[] cycles =
        [
            Cycle("older", CycleStatus.Closed, may, "training"),
            Cycle("newer", CycleStatus.Closed, may.AddMonths(6), "officer-trust", "collaboration"),
            Cycle("newest-without", CycleStatus.Closed, may.AddMonths(9)),
            Cycle("open", CycleStatus.Open, may.AddMonths(10)),
        ];

        Assert.Equal(["officer-trust", "collaboration"], FocusOrder.CurrentFocusAreas(cycles));
        Assert.Empty(FocusOrder.CurrentFocusAreas([cycles[2], cycles[3]]));
    }
}
