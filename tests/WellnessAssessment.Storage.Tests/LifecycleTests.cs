using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Storage.Agencies;
using WellnessAssessment.Storage.Audit;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Storage.Responses;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Storage.Tests;

/// <summary>Staging cleanup, purge, key rotation and the audit trail, over Azurite with a fake clock.</summary>
[Collection(AzuriteTests.Name)]
public sealed class LifecycleTests(AzuriteFixture azurite)
{
    private static readonly InstrumentReference SaferTogether = new("safer-together", "1.0.0");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 4, 7, 0, 0, TimeSpan.Zero));

    private WellnessTables Tables() =>
        new(new TableServiceClient(azurite.ConnectionString), new WellnessStorageOptions { TablePrefix = AzuriteFixture.UniquePrefix() });

    private static List<Response> Respondents(string prefix, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Response { RespondentId = $"{prefix}{i}", Group = "line-officer", Answers = new Dictionary<string, Answer> { ["training.academy"] = 1 } })];

    private static async Task<int> RowsAsync(WellnessTables tables, string partition)
    {
        var rows = 0;
        await foreach (var _ in tables.Responses.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["RowKey"]))
        {
            rows++;
        }

        return rows;
    }

    [Fact]
    public async Task Sweep_DeletesAReplacedImportOnlyAfterTheSafeDelay_AndNeverTheCurrentOne()
    {
        var tables = Tables();
        var assessments = new CycleStore(tables, _clock);
        var responses = new ResponseStore(tables, _clock);
        var cleanup = new StagingCleanup(tables, _clock);
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);
        await responses.ImportAsync(cycle, Respondents("a", 120), assessments, default);
        var first = (await assessments.GetAsync("pd", cycle.Id, default))!;
        await responses.ImportAsync(first, Respondents("b", 30), assessments, default);
        var second = (await assessments.GetAsync("pd", cycle.Id, default))!;

        _clock.Advance(StagingCleanup.SafeDelay - TimeSpan.FromSeconds(1));
        var early = await cleanup.SweepAsync(default);
        var replacedStillThere = await RowsAsync(tables, first.ImportPartition!);
        _clock.Advance(TimeSpan.FromSeconds(2));
        var due = await cleanup.SweepAsync(default);
        _clock.Advance(StagingCleanup.AbandonedImportDelay);
        var later = await cleanup.SweepAsync(default);

        Assert.Equal(0, early);
        Assert.Equal(120, replacedStillThere);
        Assert.Equal(1, due);
        Assert.Equal(0, await RowsAsync(tables, first.ImportPartition!));
        Assert.Equal(0, later);
        Assert.Equal(30, await RowsAsync(tables, second.ImportPartition!));
        Assert.Equal(30, (await responses.ReadAllAsync(second, default)).Count);
        Assert.Equal(0, await RowsAsync(tables, "~cleanup"));
    }

    [Fact]
    public async Task Sweep_DeletesRowsOfAnImportThatNeverFinished_AfterTheAbandonedDelay()
    {
        var tables = Tables();
        var cleanup = new StagingCleanup(tables, _clock);
        var staging = TableKeys.ImportPartition("pd", "a-x", "dead");
        await cleanup.ScheduleAsync("pd", "a-x", staging, StagingCleanup.AbandonedImportDelay, default);
        await TableTransactions.SubmitInChunksAsync(tables.Responses, [.. Enumerable.Range(0, 150).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(staging, i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))))], default);

        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await cleanup.SweepAsync(default));
        Assert.Equal(150, await RowsAsync(tables, staging));
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await cleanup.SweepAsync(default));
        Assert.Equal(0, await RowsAsync(tables, staging));
    }

    [Fact]
    public async Task Purge_DeletesEveryResponseRow_KeepsTheGate_AndRefusesReadsOfRows()
    {
        var tables = Tables();
        var assessments = new CycleStore(tables, _clock);
        var responses = new ResponseStore(tables, _clock);
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);
        await responses.ImportAsync(cycle, Respondents("i", 130), assessments, default);
        var current = (await assessments.GetAsync("pd", cycle.Id, default))!;
        foreach (var response in Respondents("o", 5))
        {
            await responses.SubmitAsync(current, response, default);
        }

        var closed = (await assessments.CloseAsync(current, default))!;
        await Assert.ThrowsAsync<InvalidOperationException>(() => responses.DeleteAllAsync(closed, default));
        _clock.Advance(TimeSpan.FromDays(3));
        var purged = (await assessments.MarkPurgedAsync(closed, default))!;
        await responses.DeleteAllAsync(purged, default);

        Assert.Equal(_clock.GetUtcNow(), (await assessments.GetAsync("pd", cycle.Id, default))!.PurgedAt);
        Assert.Equal(0, await RowsAsync(tables, closed.ImportPartition!));
        Assert.Equal(GateFixtures.AllGateRowKeys.Count, await RowsAsync(tables, TableKeys.ResponsePartition("pd", cycle.Id)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => responses.ReadAllAsync(purged, default));
        Assert.Equal(SubmissionOutcome.Closed, await responses.SubmitAsync(current, Respondents("late", 1)[0], default));
        Assert.Null(await assessments.MarkPurgedAsync(closed, default)); // a stale view: the ETag moved
    }

    [Fact]
    public async Task MarkPurged_OfAnOpenCycle_IsRefused()
    {
        var tables = Tables();
        var assessments = new CycleStore(tables, _clock);
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);

        await Assert.ThrowsAsync<InvalidOperationException>(() => assessments.MarkPurgedAsync(cycle, default));
    }

    [Fact]
    public async Task RotateKey_OldKeyIsRetiredAtOnce_NewKeyOpensTheAgency()
    {
        var agencies = new AgencyStore(Tables(), _clock);
        var (_, oldKey) = (await agencies.CreateAsync("pd", "PD", default))!.Value;
        var (_, otherKey) = (await agencies.CreateAsync("other", "Other", default))!.Value;

        var (agency, newKey) = (await agencies.RotateKeyAsync("pd", default))!.Value;

        Assert.Equal("PD", agency.Name);
        Assert.NotEqual(oldKey, newKey);
        Assert.Equal(new KeyVerification(null, Retired: true), await agencies.VerifyKeyAsync("pd", oldKey, default));
        Assert.Equal("pd", (await agencies.VerifyKeyAsync("pd", newKey, default)).Agency!.Id);
        Assert.Equal(new KeyVerification(null, Retired: false), await agencies.VerifyKeyAsync("pd", otherKey, default));
        Assert.Null(await agencies.RotateKeyAsync("nobody", default));
    }

    [Fact]
    public async Task RotateKey_TwiceAtOnce_LeavesExactlyOneOfTheReturnedKeysWorking()
    {
        var agencies = new AgencyStore(Tables(), _clock);
        await agencies.CreateAsync("pd", "PD", default);

        var keys = await Task.WhenAll(agencies.RotateKeyAsync("pd", default), agencies.RotateKeyAsync("pd", default));
        var working = 0;
        foreach (var rotated in keys)
        {
            working += (await agencies.AuthenticateAsync("pd", rotated!.Value.Key, default)) is null ? 0 : 1;
        }

        Assert.Equal(1, working);
    }

    [Fact]
    public async Task AuditTrail_ReadsNewestFirst_WithTheInjectedClock_PerAgency()
    {
        var audit = new AuditTrail(Tables(), _clock);
        await audit.AppendAsync("pd", AuditEventKind.AgencyCreated, "admin", null, null, default);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await audit.AppendAsync("pd", AuditEventKind.CycleOpened, "agency", "a-1", "safer-together 1.0.0", default);
        await audit.AppendAsync("pd", AuditEventKind.CycleClosed, "agency", "a-1", "12 responses", default);
        await audit.AppendAsync("other", AuditEventKind.AgencyCreated, "admin", null, null, default);

        var events = await audit.ReadAsync("pd", default);

        Assert.Equal(3, events.Count);
        Assert.Equal(new AuditEvent(new DateTimeOffset(2026, 5, 4, 7, 0, 0, TimeSpan.Zero), AuditEventKind.AgencyCreated, "admin", null, null), events[^1]);
        Assert.Equal(new DateTimeOffset(2026, 5, 4, 7, 5, 0, TimeSpan.Zero), events[0].At);
        Assert.Equal([AuditEventKind.CycleOpened, AuditEventKind.CycleClosed], events.Take(2).Select(e => e.Kind).Order());
    }
}
