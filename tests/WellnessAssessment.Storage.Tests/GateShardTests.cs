using Azure.Data.Tables;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Gate;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Storage.Responses;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Storage.Tests;

[Collection(AzuriteTests.Name)]
public sealed class GateShardTests(AzuriteFixture azurite)
{
    private static readonly InstrumentReference SaferTogether = new("safer-together", "1.0.0");

    private WellnessTables Tables() =>
        new(new TableServiceClient(azurite.ConnectionString), new WellnessStorageOptions { TablePrefix = AzuriteFixture.UniquePrefix() });

    private static Response Respondent(string id) =>
        new() { RespondentId = id, Group = "line-officer", Answers = new Dictionary<string, Answer> { ["training.academy"] = 2 } };

    private static async Task<List<string>> RowKeysAsync(WellnessTables tables, StoredCycle cycle)
    {
        var keys = new List<string>();
        await foreach (var row in tables.Responses.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.ResponsePartition(cycle.AgencyId, cycle.Id)}"), select: ["RowKey"]))
        {
            keys.Add(row.RowKey);
        }

        return keys;
    }

    [Fact]
    public async Task Create_WritesEveryShardOpen_WithKeysThatSortAfterRespondentRows()
    {
        var tables = Tables();
        var cycle = await new CycleStore(tables, TimeProvider.System).CreateAsync("pd", "Spring", SaferTogether, default);

        var keys = await RowKeysAsync(tables, cycle);

        Assert.Equal(CycleGate.ShardCount, keys.Count);
        Assert.Equal("~gate-00", keys[0]);
        Assert.Equal("~gate-1f", keys[^1]);
        Assert.All(keys, key => Assert.True(string.CompareOrdinal(key, TableKeys.RespondentRowKey("zzz")) > 0 && string.CompareOrdinal(key, new string('f', 64)) > 0));
    }

    [Fact]
    public async Task Close_ChangesEveryShardsETag_SoAnyShardReadBeforeFailsItsTransaction()
    {
        var tables = Tables();
        var cycle = await new CycleStore(tables, TimeProvider.System).CreateAsync("pd", "Spring", SaferTogether, default);
        var gate = new CycleGate(tables);
        var before = new List<TableEntity>();
        for (var shard = 0; shard < CycleGate.ShardCount; shard++)
        {
            before.Add(await gate.ReadAsync(cycle, shard, default));
        }

        await gate.CloseAsync(cycle, default);

        for (var shard = 0; shard < CycleGate.ShardCount; shard++)
        {
            var after = await gate.ReadAsync(cycle, shard, default);
            Assert.False(CycleGate.IsOpen(after));
            Assert.NotEqual(before[shard].ETag, after.ETag);
        }
    }

    [Fact]
    public async Task Submit_64AtOnceIntoOneCycle_AreAllAcceptedAndStored()
    {
        var tables = Tables();
        var cycle = await new CycleStore(tables, TimeProvider.System).CreateAsync("pd", "Spring", SaferTogether, default);
        var responses = new ResponseStore(tables, TimeProvider.System);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => responses.SubmitAsync(cycle, Respondent($"r{i}"), default)));

        Assert.All(outcomes, outcome => Assert.Equal(SubmissionOutcome.Accepted, outcome));
        Assert.Equal(64, (await responses.ReadAllAsync(cycle, default)).Count);
    }

    [Fact]
    public async Task LegacyOpenGate_GetsShardsOnFirstSubmission_AndCloseStillShutsIt()
    {
        var tables = Tables();
        var assessments = new CycleStore(tables, TimeProvider.System);
        var responses = new ResponseStore(tables, TimeProvider.System);
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);
        await GateFixtures.UseLegacyGateAsync(tables, cycle, CycleStatus.Open);

        var accepted = await responses.SubmitAsync(cycle, Respondent("early"), default);
        var closed = (await assessments.CloseAsync(cycle, default))!;
        var late = await responses.SubmitAsync(cycle, Respondent("late"), default);

        Assert.Equal(SubmissionOutcome.Accepted, accepted);
        Assert.Equal(SubmissionOutcome.Closed, late);
        Assert.Equal(["early"], (await responses.ReadAllAsync(closed, default)).Select(r => r.RespondentId));
        var legacy = (await tables.Responses.GetEntityAsync<TableEntity>(TableKeys.ResponsePartition("pd", cycle.Id), CycleGate.LegacyRowKey)).Value;
        Assert.Equal("Closed", legacy.GetString("Status"));
    }

    [Fact]
    public async Task LegacyClosedGate_IsHonoured_EvenWhenTheCycleViewSaysOpen()
    {
        var tables = Tables();
        var assessments = new CycleStore(tables, TimeProvider.System);
        var responses = new ResponseStore(tables, TimeProvider.System);
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);
        await GateFixtures.UseLegacyGateAsync(tables, cycle, CycleStatus.Closed);

        Assert.Equal(SubmissionOutcome.Closed, await responses.SubmitAsync(cycle, Respondent("late"), default));
        Assert.Empty(await responses.ReadAllAsync(cycle, default));
        Assert.Equal(GateFixtures.AllGateRowKeys, (await RowKeysAsync(tables, cycle)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Submit_WithShardsThisProcessCommittedThroughBefore_IsRefusedAfterACloseElsewhere()
    {
        var tables = Tables();
        var assessments = new CycleStore(tables, TimeProvider.System);
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);
        var thisProcess = new ResponseStore(tables, TimeProvider.System);
        var otherProcess = new ResponseStore(tables, TimeProvider.System);

        // Warm every shard this process knows, then let another process submit through them and close the cycle.
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => thisProcess.SubmitAsync(cycle, Respondent($"a{i}"), default)));
        var fromOther = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => otherProcess.SubmitAsync(cycle, Respondent($"b{i}"), default)));
        var fromThisAgain = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => thisProcess.SubmitAsync(cycle, Respondent($"c{i}"), default)));
        var closed = (await assessments.CloseAsync(cycle, default))!;
        var late = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => thisProcess.SubmitAsync(cycle, Respondent($"late{i}"), default)));

        Assert.All(fromOther, outcome => Assert.Equal(SubmissionOutcome.Accepted, outcome));
        Assert.All(fromThisAgain, outcome => Assert.Equal(SubmissionOutcome.Accepted, outcome));
        Assert.All(late, outcome => Assert.Equal(SubmissionOutcome.Closed, outcome));
        Assert.Equal(120, (await thisProcess.ReadAllAsync(closed, default)).Count);
    }

    [Fact]
    public void Touch_WithoutAnETag_IsRefused_SinceItWouldNotCheckTheGate() =>
        Assert.Throws<InvalidOperationException>(() => CycleGate.Touch(new TableEntity("p", CycleGate.ShardRowKey(0)) { ["Status"] = "Open" }));
}
