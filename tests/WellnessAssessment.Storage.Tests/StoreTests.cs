using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Storage.Agencies;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Gate;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Storage.Responses;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Storage.Tests;

[Collection(AzuriteTests.Name)]
public sealed class StoreTests(AzuriteFixture azurite)
{
    private static readonly InstrumentReference SaferTogether = new("safer-together", "1.0.0");

    private (AgencyStore Agencies, CycleStore Assessments, ResponseStore Responses) Stores()
    {
        var tables = new WellnessTables(new TableServiceClient(azurite.ConnectionString), new WellnessStorageOptions { TablePrefix = AzuriteFixture.UniquePrefix() });
        return (new AgencyStore(tables, TimeProvider.System), new CycleStore(tables, TimeProvider.System), new ResponseStore(tables, TimeProvider.System));
    }

    private static Response Respondent(string id, string group, int value) =>
        new() { RespondentId = id, Group = group, Answers = new Dictionary<string, Answer> { ["training.academy"] = value } };

    [Fact]
    public async Task Agency_KeyIsShownOnceAndOnlyItsHashOpensTheAgency()
    {
        var (agencies, _, _) = Stores();

        var (agency, key) = (await agencies.CreateAsync("riverside-pd", "Riverside PD", default))!.Value;

        Assert.Equal("Riverside PD", (await agencies.AuthenticateAsync("riverside-pd", key, default))!.Name);
        Assert.Null(await agencies.AuthenticateAsync("riverside-pd", key + "x", default));
        Assert.Null(await agencies.AuthenticateAsync("other-pd", key, default));
        Assert.Null(await agencies.CreateAsync("riverside-pd", "Again", default));
        Assert.Equal("riverside-pd", agency.Id);
    }

    [Fact]
    public async Task Close_WhenTwoRace_ExactlyOneSucceeds()
    {
        var (_, assessments, _) = Stores();
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);

        var closes = await Task.WhenAll(assessments.CloseAsync(cycle, default), assessments.CloseAsync(cycle, default));

        Assert.Single(closes, closed => closed is not null);
        Assert.Equal(CycleStatus.Closed, (await assessments.GetAsync("pd", cycle.Id, default))!.Status);
    }

    [Fact]
    public async Task Submit_Resubmission_ReplacesTheEarlierAnswers()
    {
        var (_, assessments, responses) = Stores();
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);

        await Task.WhenAll(responses.SubmitAsync(cycle, Respondent("r1", "fto", 1), default), responses.SubmitAsync(cycle, Respondent("r2", "fto", 2), default));
        Assert.Equal(SubmissionOutcome.Accepted, await responses.SubmitAsync(cycle, Respondent("r1", "fto", 4), default));

        var stored = await responses.ReadAllAsync(cycle, default);
        Assert.Equal(2, stored.Count);
        Assert.Equal(Answer.Level(4), stored.Single(r => r.RespondentId == "r1").Answers["training.academy"]);
    }

    [Fact]
    public async Task Import_IsInvisibleUntilComplete_AndRefusedAfterClose()
    {
        var (_, assessments, responses) = Stores();
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);
        var many = Enumerable.Range(0, 250).Select(i => Respondent($"i{i}", "line-officer", i % 5)).ToList();

        Assert.True(await responses.ImportAsync(cycle, many, assessments, default));
        var current = (await assessments.GetAsync("pd", cycle.Id, default))!;
        Assert.Equal(250, (await responses.ReadAllAsync(current, default)).Count);
        Assert.Empty(await responses.ReadAllAsync(cycle, default)); // the stale view has no import pointer

        var closed = (await assessments.CloseAsync(current, default))!;
        Assert.False(await responses.ImportAsync(current, many.Take(3).ToList(), assessments, default));
        Assert.Equal(250, (await responses.ReadAllAsync(closed, default)).Count);
    }

    [Fact]
    public async Task Queries_TreatIdsAsValues_NotFilterSyntax()
    {
        var (_, assessments, _) = Stores();
        await assessments.CreateAsync("pd", "Spring", SaferTogether, default);

        Assert.Empty(await assessments.ListAsync("x' or PartitionKey ne 'x", default));
        Assert.Single(await assessments.ListAsync("pd", default));
    }

    [Fact]
    public async Task FindByToken_FindsTheCycle_AndRejectsMalformedTokens()
    {
        var (_, assessments, _) = Stores();
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);

        Assert.Equal(cycle.Id, (await assessments.FindByTokenAsync(cycle.RespondentToken, default))!.Id);
        Assert.Null(await assessments.FindByTokenAsync("no/such#token?", default));
        Assert.Null(await assessments.FindByTokenAsync(new string('a', 101), default));
    }

    [Fact]
    public async Task Submit_TwoResubmissionsAtOnce_BothAcceptedAndOneRowRemains()
    {
        var (_, assessments, responses) = Stores();
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);
        await responses.SubmitAsync(cycle, Respondent("r1", "fto", 0), default);

        var outcomes = await Task.WhenAll(responses.SubmitAsync(cycle, Respondent("r1", "fto", 2), default), responses.SubmitAsync(cycle, Respondent("r1", "fto", 3), default));

        Assert.Equal([SubmissionOutcome.Accepted, SubmissionOutcome.Accepted], outcomes);
        var stored = Assert.Single(await responses.ReadAllAsync(cycle, default));
        Assert.Contains(stored.Answers["training.academy"], new[] { Answer.Level(2), Answer.Level(3) });
    }

    [Fact]
    public async Task Submit_WithAViewReadBeforeClose_IsRefusedAfterCloseAndWritesNothing()
    {
        var (_, assessments, responses) = Stores();
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);
        await responses.SubmitAsync(cycle, Respondent("early", "fto", 1), default);

        var closed = (await assessments.CloseAsync(cycle, default))!;
        var late = await responses.SubmitAsync(cycle, Respondent("late", "fto", 4), default);

        Assert.Equal(SubmissionOutcome.Closed, late);
        Assert.Equal(["early"], (await responses.ReadAllAsync(closed, default)).Select(r => r.RespondentId));
    }

    [Fact]
    public async Task Submit_DuringClose_EveryAcceptedResponseIsStoredAndNoneAfter()
    {
        var (_, assessments, responses) = Stores();
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<(string Id, SubmissionOutcome Outcome)>();
        using var firstAccepted = new SemaphoreSlim(0);

        // Eight respondents keep submitting until the gate refuses them, so submissions are in flight while the close
        // runs: whatever the timing, some are accepted before it and every one after it is refused.
        var submitters = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var n = 0; ; n++)
            {
                var id = $"w{worker}-{n}";
                var outcome = await responses.SubmitAsync(cycle, Respondent(id, "fto", n % 5), default);
                outcomes.Add((id, outcome));
                if (outcome == SubmissionOutcome.Accepted && n == 0)
                {
                    firstAccepted.Release();
                }

                if (outcome == SubmissionOutcome.Closed)
                {
                    return;
                }
            }
        })).ToList();
        await firstAccepted.WaitAsync(TimeSpan.FromSeconds(30));
        var closed = (await assessments.CloseAsync(cycle, default))!;
        await Task.WhenAll(submitters).WaitAsync(TimeSpan.FromSeconds(60));
        var afterClose = await responses.SubmitAsync(cycle, Respondent("after", "fto", 1), default);

        var accepted = outcomes.Where(o => o.Outcome == SubmissionOutcome.Accepted).Select(o => o.Id).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(accepted);
        Assert.Equal(8, outcomes.Count(o => o.Outcome == SubmissionOutcome.Closed));
        Assert.DoesNotContain(outcomes, o => o.Outcome == SubmissionOutcome.Busy);
        Assert.Equal(SubmissionOutcome.Closed, afterClose);
        Assert.Equal(accepted, (await responses.ReadAllAsync(closed, default)).Select(r => r.RespondentId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Close_OfACycleStoredWithoutAGate_StillClosesIt()
    {
        var prefix = AzuriteFixture.UniquePrefix();
        var tables = new WellnessTables(new TableServiceClient(azurite.ConnectionString), new WellnessStorageOptions { TablePrefix = prefix });
        var assessments = new CycleStore(tables, TimeProvider.System);
        var responses = new ResponseStore(tables, TimeProvider.System);
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);
        await GateFixtures.RemoveShardsAsync(tables, cycle);

        Assert.Equal(SubmissionOutcome.Accepted, await responses.SubmitAsync(cycle, Respondent("r1", "fto", 2), default));
        Assert.NotNull(await assessments.CloseAsync(cycle, default));
        Assert.Equal(SubmissionOutcome.Closed, await responses.SubmitAsync(cycle, Respondent("r2", "fto", 2), default));
    }

    [Fact]
    public async Task GateTouch_WithAStaleETag_FailsTheWholeTransaction()
    {
        var tables = new WellnessTables(new TableServiceClient(azurite.ConnectionString), new WellnessStorageOptions { TablePrefix = AzuriteFixture.UniquePrefix() });
        var assessments = new CycleStore(tables, TimeProvider.System);
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);
        var gate = new CycleGate(tables);
        var staleGate = await gate.ReadAsync(cycle, 17, default);
        await gate.CloseAsync(cycle, default);
        var partition = TableKeys.ResponsePartition("pd", cycle.Id);

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => tables.Responses.SubmitTransactionAsync(
            [CycleGate.Touch(staleGate), new(TableTransactionActionType.UpsertReplace, new TableEntity(partition, "abc") { ["Response"] = "{}" })]));

        Assert.Equal(412, error.Status);
        Assert.False((await tables.Responses.GetEntityIfExistsAsync<TableEntity>(partition, "abc")).HasValue);
    }

    [Fact]
    public async Task Import_RefusedBecauseTheCycleChanged_LeavesNoStagedRows()
    {
        var tables = new WellnessTables(new TableServiceClient(azurite.ConnectionString), new WellnessStorageOptions { TablePrefix = AzuriteFixture.UniquePrefix() });
        var assessments = new CycleStore(tables, TimeProvider.System);
        var responses = new ResponseStore(tables, TimeProvider.System);
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);
        await assessments.CloseAsync(cycle, default);

        Assert.False(await responses.ImportAsync(cycle, [.. Enumerable.Range(0, 150).Select(i => Respondent($"i{i}", "fto", 1))], assessments, default));

        var rows = new List<string>();
        // The cleanup record of the import (due later, for an import that dies half-way) is not a staged row.
        await foreach (var entity in tables.Responses.QueryAsync<TableEntity>("PartitionKey ne '~cleanup'", select: ["PartitionKey", "RowKey"]))
        {
            rows.Add(entity.RowKey);
        }

        Assert.Equal(GateFixtures.AllGateRowKeys, rows.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CountByGroup_CountsEachRespondentOnce_AcrossImportAndOnlineAnswers()
    {
        var (_, assessments, responses) = Stores();
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);
        await responses.ImportAsync(cycle, [Respondent("a", "fto", 1), Respondent("b", "fto", 1), Respondent("c", "line-officer", 1)], assessments, default);
        var current = (await assessments.GetAsync("pd", cycle.Id, default))!;
        await responses.SubmitAsync(current, Respondent("a", "line-officer", 2), default);
        await responses.SubmitAsync(current, Respondent("d", "dispatcher", 2), default);

        var counts = await responses.CountByGroupAsync(current, default);

        Assert.Equal(new Dictionary<string, int> { ["fto"] = 1, ["line-officer"] = 2, ["dispatcher"] = 1 }, counts.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary());
    }

    [Fact]
    public async Task CreatedAndClosedTimes_ComeFromTheInjectedClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero));
        var tables = new WellnessTables(new TableServiceClient(azurite.ConnectionString), new WellnessStorageOptions { TablePrefix = AzuriteFixture.UniquePrefix() });
        var assessments = new CycleStore(tables, clock);
        var (agency, _) = (await new AgencyStore(tables, clock).CreateAsync("pd", "PD", default))!.Value;

        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);
        clock.Advance(TimeSpan.FromDays(30));
        var closed = (await assessments.CloseAsync(cycle, default))!;

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero), agency.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero), (await assessments.GetAsync("pd", cycle.Id, default))!.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 9, 30, 0, TimeSpan.Zero), closed.ClosedAt);
        Assert.Equal(closed.ClosedAt, (await assessments.GetAsync("pd", cycle.Id, default))!.ClosedAt);
    }
}
