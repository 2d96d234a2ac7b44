using Azure.Data.Tables;
using WellnessAssessment.Register;
using WellnessAssessment.Storage.Register;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Storage.Tests;

[Collection(AzuriteTests.Name)]
public sealed class ActionRegisterStoreTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Adopted = new(2026, 1, 12);

    private ActionRegisterStore Store() =>
        new(new WellnessTables(new TableServiceClient(azurite.ConnectionString), new WellnessStorageOptions { TablePrefix = AzuriteFixture.UniquePrefix() }));

    private static RegisterAction Action(string itemId) => new()
    {
        Id = "a-c1." + itemId,
        SourceCycle = "a-c1",
        ItemId = itemId,
        DomainId = itemId.Split('.')[0],
        Level = 1,
        Recommendation = "Do " + itemId,
        Owner = "Chief",
        Status = ActionStatus.Planned,
        History = [new StatusChange(ActionStatus.Planned, Adopted)],
    };

    [Fact]
    public async Task Add_KeepsAdoptionOrderAndSkipsActionsAlreadyStored()
    {
        var store = Store();
        await store.AddAsync("pd", [Action("z.last"), Action("a.first")], default);

        var added = await store.AddAsync("pd", [Action("a.first"), Action("m.third")], default);

        Assert.Equal(["a-c1.m.third"], added.Select(stored => stored.Action.Id));
        Assert.Equal(["a-c1.z.last", "a-c1.a.first", "a-c1.m.third"], (await store.ListAsync("pd", default)).Select(stored => stored.Action.Id));
        Assert.Empty(await store.ListAsync("other-pd", default));
    }

    [Fact]
    public async Task Add_MoreThanOneTransaction_StoresEveryAction()
    {
        var store = Store();

        var added = await store.AddAsync("pd", [.. Enumerable.Range(0, 230).Select(i => Action($"d.i{i:000}"))], default);

        Assert.Equal(230, added.Count);
        Assert.Equal(230, (await store.ListAsync("pd", default)).Count);
    }

    [Fact]
    public async Task Update_WithTheCurrentVersion_WritesAndChangesTheVersion()
    {
        var store = Store();
        var stored = (await store.AddAsync("pd", [Action("d.x")], default))[0];

        var update = await store.UpdateAsync("pd", stored.Action.Id, stored.Version, action => action with { Assignee = "Lt. Diaz" }, default);

        Assert.Equal(ActionUpdateStatus.Updated, update.Status);
        Assert.NotEqual(stored.Version, update.Action!.Version);
        Assert.Equal("Lt. Diaz", (await store.GetAsync("pd", stored.Action.Id, default))!.Action.Assignee);
    }

    [Fact]
    public async Task Update_WithAnOldVersion_IsStaleAndReturnsTheCurrentOne()
    {
        var store = Store();
        var stored = (await store.AddAsync("pd", [Action("d.x")], default))[0];
        await store.UpdateAsync("pd", stored.Action.Id, stored.Version, action => action with { Notes = "first" }, default);

        var update = await store.UpdateAsync("pd", stored.Action.Id, stored.Version, action => action with { Notes = "second" }, default);

        Assert.Equal(ActionUpdateStatus.Stale, update.Status);
        Assert.Equal("first", update.Action!.Action.Notes);
        Assert.Equal(ActionUpdateStatus.NotFound, (await store.UpdateAsync("other-pd", stored.Action.Id, stored.Version, a => a, default)).Status);
    }

    [Fact]
    public async Task Update_TwoConcurrentEditsOfOneVersion_OneWinsTheOtherIsStaleWithTheWinner()
    {
        var store = Store();
        var stored = (await store.AddAsync("pd", [Action("d.x")], default))[0];
        using var bothRead = new Barrier(2);

        // Both read the same version before either writes, so the race is on the conditional write itself.
        var edits = await Task.WhenAll(
            Task.Run(() => store.UpdateAsync("pd", stored.Action.Id, stored.Version, action => { bothRead.SignalAndWait(); return action with { Assignee = "A" }; }, default)),
            Task.Run(() => store.UpdateAsync("pd", stored.Action.Id, stored.Version, action => { bothRead.SignalAndWait(); return action with { Assignee = "B" }; }, default)));

        var winner = Assert.Single(edits, edit => edit.Status == ActionUpdateStatus.Updated);
        var loser = Assert.Single(edits, edit => edit.Status == ActionUpdateStatus.Stale);
        Assert.Equal(winner.Action!.Action.Assignee, loser.Action!.Action.Assignee);
        Assert.Equal(winner.Action.Version, loser.Action.Version);
        Assert.Equal(winner.Action.Action.Assignee, (await store.GetAsync("pd", stored.Action.Id, default))!.Action.Assignee);
    }
}
