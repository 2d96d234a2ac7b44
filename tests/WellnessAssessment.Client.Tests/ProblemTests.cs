using Microsoft.Extensions.DependencyInjection;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Client.Tests;

/// <summary>Every error the API answers reaches the caller as one <see cref="WellnessProblemException"/>.</summary>
[Collection(AzuriteTests.Name)]
public sealed class ProblemTests(AzuriteFixture azurite) : IDisposable
{
    private readonly ApiOverAzurite _api = new(azurite);

    public void Dispose() => _api.Dispose();

    private async Task<(IWellnessApiClient Client, string AgencyId)> AgencyClientAsync(string name)
    {
        var (agencyId, key) = await _api.CreateAgencyAsync(name);
        var services = _api.NewServices();
        services.AddWellnessClient(options =>
        {
            options.BaseAddress = _api.Server.BaseAddress;
            options.AgencyKey = key;
        });
        return (services.BuildServiceProvider().GetRequiredService<IWellnessApiClient>(), agencyId);
    }

    [Fact]
    public async Task InvalidImport_IsOneExceptionWithStatusTitleDetailAndEveryFieldPath()
    {
        var (client, agencyId) = await AgencyClientAsync("Invalid PD");
        var cycle = await client.CreateAssessmentAsync(agencyId, new CreateAssessmentRequest { Title = "Spring", InstrumentId = "safer-together", InstrumentVersion = "1.0.0" });
        var set = new ResponseSet
        {
            Instrument = new InstrumentReference { Id = "safer-together", Version = "1.0.0" },
            Responses =
            [
                new Response { RespondentId = "a", Group = "no-such-group", Answers = new Dictionary<string, Answer> { ["no.such-item"] = 2 } },
                new Response { RespondentId = "b", Group = "line-officer", Answers = new Dictionary<string, Answer> { ["training.academy"] = 99 } },
            ],
        };

        var problem = await Assert.ThrowsAsync<WellnessProblemException>(() => client.ImportResponsesAsync(agencyId, cycle.Id, set));

        Assert.Equal(400, problem.Status);
        Assert.Equal("Invalid input", problem.Title);
        Assert.StartsWith("The response set is invalid:", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("responses[0].group", problem.ErrorPaths);
        Assert.Contains(problem.ErrorPaths, path => path.StartsWith("responses[0].answers", StringComparison.Ordinal));
        Assert.Contains(problem.ErrorPaths, path => path.StartsWith("responses[1].answers", StringComparison.Ordinal));
        Assert.All(problem.Errors.Values, messages => Assert.NotEmpty(messages));
        Assert.NotNull(problem.TraceId);
    }

    [Fact]
    public async Task AnotherAgencysCycle_Is404AndClosingTwiceIs409()
    {
        var (client, agencyId) = await AgencyClientAsync("Owner PD");
        var cycle = await client.CreateAssessmentAsync(agencyId, new CreateAssessmentRequest { Title = "Spring", InstrumentId = "safer-together" });
        await client.CloseAssessmentAsync(agencyId, cycle.Id);

        var twice = await Assert.ThrowsAsync<WellnessProblemException>(() => client.CloseAssessmentAsync(agencyId, cycle.Id));
        var foreign = await Assert.ThrowsAsync<WellnessProblemException>(() => client.GetAssessmentAsync("someone-else-pd", cycle.Id));

        Assert.Equal((409, "Conflict", "The cycle is already closed."), (twice.Status, twice.Title, twice.Detail));
        Assert.Equal((404, "Not found", "No such agency."), (foreign.Status, foreign.Title, foreign.Detail));
        Assert.Empty(foreign.Errors);
    }

    [Fact]
    public async Task NoKey_Is401()
    {
        var services = _api.NewServices();
        services.AddWellnessClient(options => options.BaseAddress = _api.Server.BaseAddress);
        var client = services.BuildServiceProvider().GetRequiredService<IWellnessApiClient>();

        var problem = await Assert.ThrowsAsync<WellnessProblemException>(() => client.ListAssessmentsAsync("any-pd"));

        Assert.Equal(401, problem.Status);
        Assert.Equal("Send the agency key as 'Authorization: Bearer <key>'.", problem.Detail);
    }

    [Fact]
    public async Task ACancelledToken_CancelsTheCall()
    {
        var (client, agencyId) = await AgencyClientAsync("Cancel PD");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.ListAssessmentsAsync(agencyId, cancelled.Token));
    }
}
