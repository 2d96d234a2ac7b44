using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Results;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Storage.Tests;

[Collection(AzuriteTests.Name)]
public sealed class ResultSnapshotTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);

    private WellnessTables Tables() =>
        new(new TableServiceClient(azurite.ConnectionString), new WellnessStorageOptions { TablePrefix = AzuriteFixture.UniquePrefix() });

    private static AssessmentResult Scored(int respondents)
    {
        var instrument = InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0")!;
        var responses = Enumerable.Range(0, respondents).Select(i => new Response
        {
            RespondentId = $"r{i}",
            Group = i % 2 == 0 ? "line-officer" : "first-line-supervisor",
            Answers = instrument.Items.ToDictionary(item => item.Id, item => (Answer)Answer.Level((i + item.Id.Length) % 5)),
        }).ToList();
        return new AssessmentScorer().Score(instrument, new ResponseSet { Instrument = instrument.Reference, Agency = new AgencyInfo("pd", "PD"), Responses = responses });
    }

    private static async Task<StoredCycle> ClosedCycleAsync(WellnessTables tables, TimeProvider clock)
    {
        var assessments = new CycleStore(tables, clock);
        return (await assessments.CloseAsync(await assessments.CreateAsync("pd", "Spring", new InstrumentReference("safer-together", "1.0.0"), default), default))!;
    }

    [Fact]
    public async Task Save_ThenRead_GivesTheSameResultAndCounts_EvenSplitOverManyPropertiesAndRows()
    {
        var tables = Tables();
        var clock = new FakeTimeProvider(Start);
        var cycle = await ClosedCycleAsync(tables, clock);
        var result = Scored(12);
        // 100-byte chunks: a result of some kilobytes compressed spans many properties and several rows.
        var store = new ResultStore(tables, clock, chunkBytes: 100);

        Assert.True(await store.SaveAsync(cycle, new ResultSnapshot(result, new Dictionary<string, int> { ["line-officer"] = 6, ["first-line-supervisor"] = 6 }, default), default));
        var read = (await store.ReadAsync(cycle, default))!;
        var rows = 0;
        await foreach (var _ in tables.Results.QueryAsync<TableEntity>(select: ["RowKey"]))
        {
            rows++;
        }

        Assert.Equal(WellnessJson.Serialize(result), WellnessJson.Serialize(read.Result));
        Assert.Equal(6, read.CountsByGroup["first-line-supervisor"]);
        Assert.Equal(Start, read.StoredAt);
        Assert.True(rows > 2, $"only {rows} rows");
        Assert.Equal(read.CountsByGroup, await store.ReadCountsAsync(cycle, default));
    }

    [Fact]
    public async Task Save_WhenASnapshotIsStored_KeepsTheFirstAndWritesNothing()
    {
        var tables = Tables();
        var cycle = await ClosedCycleAsync(tables, TimeProvider.System);
        var store = new ResultStore(tables, TimeProvider.System);
        var first = Scored(6);

        Assert.True(await store.SaveAsync(cycle, new ResultSnapshot(first, new Dictionary<string, int> { ["line-officer"] = 3, ["first-line-supervisor"] = 3 }, default), default));
        Assert.False(await store.SaveAsync(cycle, new ResultSnapshot(Scored(8), new Dictionary<string, int> { ["line-officer"] = 4 }, default), default));

        var read = (await store.ReadAsync(cycle, default))!;
        Assert.Equal(6, read.Result.Respondents);
        Assert.Equal(3, read.CountsByGroup["line-officer"]);
    }

    [Fact]
    public async Task Read_WhenNothingIsStored_IsNull()
    {
        var tables = Tables();
        var cycle = await ClosedCycleAsync(tables, TimeProvider.System);
        var store = new ResultStore(tables, TimeProvider.System);

        Assert.Null(await store.ReadAsync(cycle, default));
        Assert.Null(await store.ReadCountsAsync(cycle, default));
    }

    [Fact]
    public async Task Read_OfADamagedSnapshot_ThrowsInsteadOfReturningAnotherResult()
    {
        var tables = Tables();
        var cycle = await ClosedCycleAsync(tables, TimeProvider.System);
        var store = new ResultStore(tables, TimeProvider.System, chunkBytes: 100);
        await store.SaveAsync(cycle, new ResultSnapshot(Scored(4), new Dictionary<string, int>(), default), default);
        var row = (await tables.Results.GetEntityAsync<TableEntity>($"pd|{cycle.Id}", "0001")).Value;
        var chunk = row.GetBinary("D03");
        chunk[10] ^= 0xFF;
        row["D03"] = chunk;
        await tables.Results.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);

        await Assert.ThrowsAsync<InvalidDataException>(() => store.ReadAsync(cycle, default));
    }
}
