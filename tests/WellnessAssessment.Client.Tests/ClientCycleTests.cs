// The package README's cycle, compiled and run here against the API over Azurite: keep the two in step.
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Client.Tests;

[Collection(AzuriteTests.Name)]
public sealed class ClientCycleTests(AzuriteFixture azurite) : IDisposable
{
    private readonly ApiOverAzurite _api = new(azurite);

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task ReadmeCycle_OpenImportCloseResultsReport()
    {
        var (agencyId, agencyKey) = await _api.CreateAgencyAsync("Millbrook Police Department");
        var services = _api.NewServices();
        var apiAddress = _api.Server.BaseAddress;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var cancellationToken = timeout.Token;
        var directory = Directory.CreateTempSubdirectory("wellness-client-");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "examples", "small-agency-chief.json"), Path.Combine(directory.FullName, "responses.json"));
        Environment.CurrentDirectory = directory.FullName;

        #region client-cycle
        services.AddWellnessClient(options => { options.BaseAddress = apiAddress; options.AgencyKey = agencyKey; });
        var api = services.BuildServiceProvider().GetRequiredService<IWellnessApiClient>();

        var responses = JsonSerializer.Deserialize<ResponseSet>(File.ReadAllText("responses.json"))!;
        var cycle = await api.CreateAssessmentAsync(agencyId, new CreateAssessmentRequest { Title = "Chief's self-assessment", InstrumentId = "safer-together", InstrumentVersion = "1.0.0", Purpose = ReleasePurpose.LeadershipSelfAssessment }, cancellationToken: cancellationToken);
        await api.ImportResponsesAsync(agencyId, cycle.Id, responses, cancellationToken: cancellationToken);
        await api.CloseAssessmentAsync(agencyId, cycle.Id, cancellationToken);
        var result = await api.GetResultsAsync(agencyId, cycle.Id, cancellationToken);
        Console.WriteLine($"{result.Respondents} respondents, overall {result.Overall?.Score:F1} ({result.Overall?.Band})");
        using var report = await api.GetPdfReportAsync(agencyId, cycle.Id, cancellationToken);
        await using (var file = File.Create("report.pdf")) { await report.Stream.CopyToAsync(file, cancellationToken); }
        #endregion

        Assert.Equal(1, result.Respondents);
        Assert.Equal("Millbrook Police Department", result.Agency!.Name);
        Assert.Equal(responses.Responses![0].Answers!.Count, result.Sections!.Sum(section => section.Domains!.Sum(domain => domain.Items!.Count)));
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(Path.Combine(directory.FullName, "report.pdf")).AsSpan(0, 5)));
        var closed = await api.GetAssessmentAsync(agencyId, cycle.Id, cancellationToken);
        Assert.Equal("closed", closed.Status);
        // One respondent is under the minimum group size: the cycle's total is withheld as well (ParticipationCounts).
        Assert.Null(closed.ResponseCount);
    }

    [Fact]
    public async Task Readme_ShowsTheCycleThatThisTestRuns()
    {
        var root = AzuriteFixture.FindRoot();
        var source = (await File.ReadAllTextAsync(Path.Combine(root, "tests", "WellnessAssessment.Client.Tests", "ClientCycleTests.cs"))).ReplaceLineEndings("\n");
        var start = source.IndexOf("#region client-cycle\n", StringComparison.Ordinal) + "#region client-cycle\n".Length;
        var end = source.LastIndexOf('\n', source.IndexOf("#endregion", StringComparison.Ordinal));
        var snippet = string.Join('\n', source[start..end].Split('\n').Select(line => line.StartsWith("        ", StringComparison.Ordinal) ? line[8..] : line));

        var readme = (await File.ReadAllTextAsync(Path.Combine(root, "src", "WellnessAssessment.Client", "README.md"))).ReplaceLineEndings("\n");

        Assert.Contains("```csharp\n" + snippet + "\n```", readme, StringComparison.Ordinal);
        Assert.InRange(snippet.Split('\n').Count(line => line.Trim().Length > 0), 8, 12);
    }
}
