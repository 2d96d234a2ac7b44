using Azure.Data.Tables;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Storage.Agencies;
using WellnessAssessment.Storage.Assessments;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Storage.Responses;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Storage.Tests;

[Collection(AzuriteTests.Name)]
public sealed class StoreTests(AzuriteFixture azurite)
{
    private static readonly InstrumentReference SaferTogether = new("safer-together", "1.0.0");

    private (AgencyStore Agencies, AssessmentStore Assessments, ResponseStore Responses) Stores()
    {
        var tables = new WellnessTables(new TableServiceClient(azurite.ConnectionString), new WellnessStorageOptions { TablePrefix = AzuriteFixture.UniquePrefix() });
        return (new AgencyStore(tables, TimeProvider.System), new AssessmentStore(tables, TimeProvider.System), new ResponseStore(tables));
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
        Assert.Equal(AssessmentStatus.Closed, (await assessments.GetAsync("pd", cycle.Id, default))!.Status);
    }

    [Fact]
    public async Task Submit_Resubmission_ReplacesTheEarlierAnswers()
    {
        var (_, assessments, responses) = Stores();
        var cycle = await assessments.CreateAsync("pd", "Spring", SaferTogether, default);

        await Task.WhenAll(responses.SubmitAsync(cycle, Respondent("r1", "fto", 1), default), responses.SubmitAsync(cycle, Respondent("r2", "fto", 2), default));
        await responses.SubmitAsync(cycle, Respondent("r1", "fto", 4), default);

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
}
