using Azure.Data.Tables;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Drafts;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Storage.Tests;

[Collection(AzuriteTests.Name)]
public sealed class DraftStoreTests(AzuriteFixture azurite)
{
    private static readonly InstrumentReference SaferTogether = new("safer-together", "2.0.0");

    private (WellnessTables Tables, CycleStore Assessments, DraftStore Drafts) Stores()
    {
        var tables = new WellnessTables(new TableServiceClient(azurite.ConnectionString), new WellnessStorageOptions { TablePrefix = AzuriteFixture.UniquePrefix() });
        return (tables, new CycleStore(tables, TimeProvider.System), new DraftStore(tables));
    }

    private static SavedDraft Draft(string id, int part) =>
        new(new Response { RespondentId = id, Group = "dispatcher", Answers = new Dictionary<string, Answer> { ["training.academy"] = 2 } }, part);

    [Fact]
    public async Task Drafts_AreStoredUnderTheHashOfTheirCode_WithNothingButTheDraft()
    {
        var (tables, assessments, drafts) = Stores();
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);

        var code = await drafts.CreateAsync(cycle, Draft("r-1", 2), default);

        var rows = await tables.Drafts.QueryAsync<TableEntity>(cancellationToken: default).ToListAsync();
        var row = Assert.Single(rows);
        Assert.Equal($"pd|{cycle.Id}", row.PartitionKey);
        Assert.DoesNotContain(ResumeCode.Normalize(code)!, row.RowKey, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(64, row.RowKey.Length);
        Assert.Equal(["Draft", "Part"], row.Keys.Where(k => k is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")).Order());
        Assert.Equal(2, (await drafts.FindAsync(cycle, code, default))!.Part);
    }

    [Fact]
    public async Task DeleteAll_RemovesEveryDraftOfTheCycle_InTransactionsOfOnePartition_AndNoOtherCycles()
    {
        var (tables, assessments, drafts) = Stores();
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);
        var other = await assessments.CreateAsync("pd", "Autumn", SaferTogether, default);
        var codes = new List<string>();
        for (var i = 0; i < 130; i++)
        {
            codes.Add(await drafts.CreateAsync(cycle, Draft($"r-{i}", 1), default));
        }

        var kept = await drafts.CreateAsync(other, Draft("r-other", 1), default);

        await drafts.DeleteAllAsync(cycle, default);

        Assert.Equal(130, codes.Distinct(StringComparer.Ordinal).Count());
        var left = await tables.Drafts.QueryAsync<TableEntity>(cancellationToken: default).ToListAsync();
        Assert.Equal([$"pd|{other.Id}"], left.Select(row => row.PartitionKey));
        Assert.Null(await drafts.FindAsync(cycle, codes[0], default));
        Assert.NotNull(await drafts.FindAsync(other, kept, default));
    }

    [Fact]
    public async Task ClosedCycle_ReadsNoDraft_AndKeepsNoNewOne()
    {
        var (_, assessments, drafts) = Stores();
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);
        var code = await drafts.CreateAsync(cycle, Draft("r-1", 1), default);
        var closed = (await assessments.CloseAsync(cycle, default))!;

        Assert.Null(await drafts.FindAsync(closed, code, default));
        await Assert.ThrowsAsync<InvalidOperationException>(() => drafts.CreateAsync(closed, Draft("r-2", 1), default));
        await Assert.ThrowsAsync<InvalidOperationException>(() => drafts.ReplaceAsync(closed, code, Draft("r-1", 2), default));
    }

    [Theory]
    [InlineData("K7M2Q-X9PRD", "K7M2QX9PRD")]
    [InlineData("k7m2q x9prd", "K7M2QX9PRD")]
    [InlineData(" K7M2QX9PRD ", "K7M2QX9PRD")]
    [InlineData("K7M2Q-X9PR", null)]
    [InlineData("K7M2Q-X9PRO", null)]
    [InlineData("K7M2Q-X9PR1", null)]
    [InlineData("", null)]
    public void ResumeCode_Normalize_ReadsTypedCodesLoosely_AndRefusesWhatCannotBeACode(string typed, string? expected) =>
        Assert.Equal(expected, ResumeCode.Normalize(typed));

    [Fact]
    public void ResumeCode_Create_GivesTenCharactersOfTheAlphabetWithAHyphen()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => ResumeCode.Create()).ToList();

        Assert.All(codes, code => Assert.Matches("^[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$", code));
        Assert.Equal(200, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(30, ResumeCode.Alphabet.Length);
    }
}
