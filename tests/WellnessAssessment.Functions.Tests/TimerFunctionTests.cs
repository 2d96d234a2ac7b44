using Azure.Data.Tables;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WellnessAssessment.Functions.Hosting;
using WellnessAssessment.Functions.Timers;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Storage;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Drafts;
using WellnessAssessment.Storage.Responses;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Functions.Tests;

/// <summary>The timer-triggered sweeps, built from the worker's services over Azurite with a fake clock: they delete what is due and nothing else.</summary>
[Collection(AzuriteTests.Name)]
[Trait("Category", "storage")]
public sealed class TimerFunctionTests(AzuriteFixture azurite)
{
    private static readonly InstrumentReference SaferTogether = new("safer-together", "2.0.0");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 4, 7, 0, 0, TimeSpan.Zero));

    private ServiceProvider Worker()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Wellness:AdminKey"] = Hosts.ApiHostRequests.AdminKey,
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Wellness:Storage:TablePrefix"] = AzuriteFixture.UniquePrefix(),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddWellnessFunctionServices(configuration);
        return services.BuildServiceProvider();
    }

    private static List<Response> Respondents(string prefix, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Response { RespondentId = $"{prefix}{i}", Group = "line-officer", Answers = new Dictionary<string, Answer> { ["training.academy"] = 1 } })];

    private static async Task<Dictionary<string, int>> PartitionsAsync(TableClient table)
    {
        var partitions = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            partitions[row.PartitionKey] = partitions.GetValueOrDefault(row.PartitionKey) + 1;
        }

        return partitions;
    }

    [Fact]
    public async Task StagingCleanup_DeletesTheReplacedImportOnceDue_KeepsTheCurrentImportAndOnlineAnswers()
    {
        await using var worker = Worker();
        var assessments = worker.GetRequiredService<CycleStore>();
        var responses = worker.GetRequiredService<ResponseStore>();
        var tables = worker.GetRequiredService<WellnessTables>();
        var imported = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);
        await responses.ImportAsync(imported, Respondents("a", 120), assessments, default);
        var first = (await assessments.GetAsync("pd", imported.Id, default))!;
        await responses.ImportAsync(first, Respondents("b", 30), assessments, default);
        var second = (await assessments.GetAsync("pd", imported.Id, default))!;
        var online = await assessments.CreateAsync("pd", "Online", SaferTogether, default);
        foreach (var response in Respondents("o", 3))
        {
            await responses.SubmitAsync(online, response, default);
        }

        var function = ActivatorUtilities.CreateInstance<StagingCleanupFunction>(worker);
        var early = await function.RunAsync(new TimerInfo(), default);
        var beforeDue = await PartitionsAsync(tables.Responses);
        _clock.Advance(StagingCleanup.SafeDelay + TimeSpan.FromSeconds(1));
        var due = await function.RunAsync(new TimerInfo(), default);
        var after = await PartitionsAsync(tables.Responses);

        Assert.Equal(0, early);
        Assert.Equal(120, beforeDue[first.ImportPartition!]);
        Assert.Equal(1, due);
        Assert.False(after.ContainsKey(first.ImportPartition!));
        Assert.Equal(30, after[second.ImportPartition!]);
        Assert.Equal(30, (await responses.ReadAllAsync(second, default)).Count);
        Assert.Equal(3, (await responses.ReadAllAsync(online, default)).Count);
    }

    [Fact]
    public async Task DraftExpiry_DeletesDraftsOfClosedAndVanishedCycles_AndKeepsEveryDraftOfOpenOnes()
    {
        await using var worker = Worker();
        var assessments = worker.GetRequiredService<CycleStore>();
        var drafts = worker.GetRequiredService<DraftStore>();
        var tables = worker.GetRequiredService<WellnessTables>();
        var open = await assessments.CreateAsync("pd", "Open", SaferTogether, default);
        var closing = await assessments.CreateAsync("pd", "Closing", SaferTogether, default);
        var otherAgency = await assessments.CreateAsync("so", "Open elsewhere", SaferTogether, default);
        var openCodes = new List<string>();
        for (var i = 0; i < 105; i++)
        {
            openCodes.Add(await drafts.CreateAsync(open, new SavedDraft(Respondents("k", 1)[0] with { RespondentId = $"k{i}" }, 1), default));
        }

        await drafts.CreateAsync(otherAgency, new SavedDraft(Respondents("s", 1)[0], 2), default);
        for (var i = 0; i < 3; i++)
        {
            await drafts.CreateAsync(closing, new SavedDraft(Respondents("c", 1)[0] with { RespondentId = $"c{i}" }, 1), default);
        }

        // A close that stopped after closing the cycle, before deleting its drafts; and drafts of a cycle that is gone.
        Assert.NotNull(await assessments.CloseAsync(closing, default));
        await tables.Drafts.AddEntityAsync(new TableEntity("pd|a-gone", new string('0', 64)) { ["Draft"] = "{}", ["Part"] = 1 });

        var function = ActivatorUtilities.CreateInstance<DraftExpiryFunction>(worker);
        var deleted = await function.RunAsync(new TimerInfo(), default);
        var again = await function.RunAsync(new TimerInfo(), default);
        var left = await PartitionsAsync(tables.Drafts);

        Assert.Equal(4, deleted);
        Assert.Equal(0, again);
        Assert.Equal(new Dictionary<string, int> { [$"pd|{open.Id}"] = 105, [$"so|{otherAgency.Id}"] = 1 }, left);
        Assert.Equal(1, (await drafts.FindAsync(open, openCodes[^1], default))!.Part);
    }
}
