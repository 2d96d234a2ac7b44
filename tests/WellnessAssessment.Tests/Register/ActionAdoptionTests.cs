using WellnessAssessment.Register;
using WellnessAssessment.Tests.Fixtures;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Register;

public sealed class ActionAdoptionTests
{
    [Fact]
    public void Adopt_All_TakesEveryPlanEntryAsAPlannedActionWithAFirstHistoryEntry()
    {
        var actions = ActionAdoption.Adopt(TwoCycles.Earlier, AdoptionSelection.All, "a-cycle1", TwoCycles.Adopted);

        Assert.Equal(TwoCycles.Earlier.ActionPlan.Select(entry => entry.ItemId), actions.Select(action => action.ItemId));
        var first = actions[0];
        var entry = TwoCycles.Earlier.ActionPlan[0];
        Assert.Equal($"a-cycle1.{entry.ItemId}", first.Id);
        Assert.Equal("a-cycle1", first.SourceCycle);
        Assert.Equal(entry.DomainId, first.DomainId);
        Assert.Equal(1, first.Level);
        Assert.Equal($"Move {entry.ItemId} from 1", first.Recommendation);
        Assert.Equal($"Owner {entry.ItemId}", first.Owner);
        Assert.Equal(ActionStatus.Planned, first.Status);
        Assert.Equal([new StatusChange(ActionStatus.Planned, TwoCycles.Adopted)], first.History);
    }

    [Fact]
    public void Adopt_FirstEntries_TakesTheHighestPriorityEntries()
    {
        var actions = ActionAdoption.Adopt(TwoCycles.Earlier, AdoptionSelection.FirstEntries(2), "a-cycle1", TwoCycles.Adopted);

        Assert.Equal(TwoCycles.Earlier.ActionPlan.Take(2).Select(entry => entry.ItemId), actions.Select(action => action.ItemId));
    }

    [Fact]
    public void Adopt_ChosenItems_KeepsPlanOrderAndSkipsActionsAlreadyInTheRegister()
    {
        var actions = ActionAdoption.Adopt(
            TwoCycles.Earlier, AdoptionSelection.Items(["d3.f", "d1.a", "d2.c"]), "a-cycle1", TwoCycles.Adopted, new HashSet<string> { "a-cycle1.d2.c" });

        var planOrder = TwoCycles.Earlier.ActionPlan.Select(entry => entry.ItemId).Where(id => id is "d3.f" or "d1.a");
        Assert.Equal(planOrder, actions.Select(action => action.ItemId));
    }

    [Fact]
    public void Adopt_ChosenItemsNotInThePlan_NamesEachByPath()
    {
        var error = Assert.Throws<AssessmentValidationException>(() =>
            ActionAdoption.Adopt(TwoCycles.Earlier, AdoptionSelection.Items(["d1.a", "nope", "d1.a"]), "a-cycle1", TwoCycles.Adopted));

        Assert.Equal("adoption", error.Subject);
        Assert.Equal(
            [new ValidationError("itemIds[1]", "'nope' is not in the cycle's action plan"), new ValidationError("itemIds[2]", "'d1.a' is chosen twice")],
            error.Errors);
    }
}
