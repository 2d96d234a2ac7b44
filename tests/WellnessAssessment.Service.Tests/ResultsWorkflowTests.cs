using System.Text;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Service.Access;
using WellnessAssessment.Service.Cycles;
using WellnessAssessment.Service.Instruments;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Service.Requests;
using WellnessAssessment.Service.Results;
using WellnessAssessment.Service.Scoring;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Responses;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Service.Tests;

/// <summary>The results workflows of the layer over Azurite: the release rule, the brief's focus areas, stateless scoring and its bounds.</summary>
[Collection(AzuriteTests.Name)]
[Trait("Category", "storage")]
public sealed class ResultsWorkflowTests(AzuriteFixture azurite)
{
    private const string Agency = "lakeside-pd";
    private static readonly Caller Staff = Caller.Agency(Agency, "Lakeside PD");

    [Fact]
    public async Task AnOpenAnonymousSurvey_IsNotReleased_ThenAtCloseTheResultReportAndBriefAre()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var results = host.Get<ResultsService>();
        var cycle = await OpenAsync(host);
        await SubmitAsync(host, cycle, count: 6);

        var early = await results.GetResultsAsync(Request(cycle), default);
        var earlyBrief = await results.GetBriefAsync(Request(cycle), ReportFormat.Pdf, null, default);
        await host.Get<CycleService>().CloseAsync(Request(cycle), default);
        var result = await results.GetResultsAsync(Request(cycle), default);
        var report = await results.GetReportAsync(Request(cycle), ReportFormat.Pdf, default);
        var brief = await results.GetBriefAsync(Request(cycle), ReportFormat.Html, ["officer-trust"], default);

        Assert.Equal(ProblemKind.Conflict, early.Problem!.Kind);
        Assert.Equal(ProblemKind.Conflict, earlyBrief.Problem!.Kind);
        Assert.Equal(6, result.Value!.Respondents);
        Assert.Equal(ReportDocument.Pdf, report.Value!.ContentType);
        Assert.Equal($"{Agency}-{cycle}.pdf", report.Value.FileName);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(report.Value.Content.Span[..5]));
        Assert.True(brief.Value!.IsHtml);
        Assert.Null(brief.Value.FileName);
        Assert.Contains("Building officer trust and engagement", Encoding.UTF8.GetString(brief.Value.Content.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBriefsFocusAreas_AreTheOnesAsked_OrTheSuggestion_AndABadOneIsNamedByItsPlace()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var cycle = await OpenAsync(host);
        var assessment = (await host.Get<CycleStore>().GetAsync(Agency, cycle, default))!;
        var instrument = host.Get<InstrumentCatalog>().Resolve(assessment.Instrument);

        var suggestion = ResultsService.FocusAreasOf(assessment, instrument, null);
        var none = ResultsService.FocusAreasOf(assessment, instrument, []);
        var chosen = ResultsService.FocusAreasOf(assessment, instrument, ["collaboration", "training"]);
        var unknown = ResultsService.FocusAreasOf(assessment, instrument, ["training", "no-such"]);

        Assert.Null(suggestion.Value);
        Assert.True(suggestion.Succeeded);
        Assert.Null(none.Value);
        Assert.Equal(["collaboration", "training"], chosen.Value!.DomainIds);
        Assert.False(chosen.Value.Suggested);
        Assert.Equal(ProblemKind.Invalid, unknown.Problem!.Kind);
        Assert.Equal("focusAreas[1]", unknown.Problem.Place);
    }

    [Fact]
    public async Task AnUnknownCycle_IsNotFound_AndAnIdThatIsNotAnId_NeverReachesTheStore()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var results = host.Get<ResultsService>();

        var missing = await results.GetReportAsync(Request("a-nothere"), ReportFormat.Html, default);
        var malformed = await results.GetResultsAsync(Request("a-zzzzzz\n"), default);

        Assert.Equal(ProblemKind.NotFound, missing.Problem!.Kind);
        Assert.Equal("No such assessment cycle.", missing.Problem.Detail);
        Assert.Equal(ProblemKind.NotFound, malformed.Problem!.Kind);
    }

    [Fact]
    public void Score_HoldsACustomInstrumentToTheLimits_AndNamesTheMissingPlace()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var scoring = host.Get<ScoringService>();
        var builtIn = host.Get<InstrumentCatalog>().Find("safer-together", "1.0.0")!;
        var tooManyGroups = builtIn with { Groups = [.. Enumerable.Range(0, InstrumentLimits.MaxGroups + 1).Select(i => builtIn.Groups[0] with { Id = $"g-{i}" })] };

        var overLimit = scoring.Score(new ScoreRequest { Instrument = builtIn.Reference, Responses = [], InstrumentDefinition = tooManyGroups });
        var noResponses = scoring.Score(new ScoreRequest { Instrument = builtIn.Reference });
        var scored = scoring.Score(new ScoreRequest { Instrument = builtIn.Reference, Responses = [.. Enumerable.Range(0, 6).Select(i => Respondent($"r-{i}"))] });

        Assert.Equal(ProblemKind.OverLimit, overLimit.Problem!.Kind);
        Assert.Equal($"instrumentDefinition has {InstrumentLimits.MaxGroups + 1} respondent groups; at most {InstrumentLimits.MaxGroups} are scored on this route.", overLimit.Problem.Detail);
        Assert.Equal("responses", noResponses.Problem!.Place);
        Assert.Equal(6, scored.Value!.Respondents);
    }

    [Fact]
    public void InstrumentLimits_CountOutcomeItems_AndTheirCells()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var builtIn = host.Get<InstrumentCatalog>().Find("safer-together", "2.1.0")!;
        var outcome = builtIn.Outcomes![0];
        var manyOutcomes = builtIn with { Outcomes = [.. Enumerable.Range(0, InstrumentLimits.MaxOutcomes + 1).Select(i => outcome with { Id = $"outcome.o-{i}" })] };
        var items = builtIn.Sections.SelectMany(section => section.Domains).Sum(domain => domain.Items.Count);
        // The most groups: the items alone fit (83 × 25 = 2,075 cells); with enough outcome items the cells do not.
        var groups = InstrumentLimits.MaxGroups;
        var outcomes = (InstrumentLimits.MaxCells / groups) - items + 1;
        var allGroups = builtIn with { Groups = [.. Enumerable.Range(0, groups).Select(i => builtIn.Groups[0] with { Id = $"g-{i}" })] };
        var manyCells = allGroups with { Outcomes = [.. Enumerable.Range(0, outcomes).Select(i => outcome with { Id = $"outcome.o-{i}" })] };

        Assert.Null(InstrumentLimits.Check(builtIn));
        Assert.Null(InstrumentLimits.Check(allGroups with { Outcomes = null }));
        Assert.Equal($"instrumentDefinition has {InstrumentLimits.MaxOutcomes + 1} outcome items; at most {InstrumentLimits.MaxOutcomes} are scored on this route.", InstrumentLimits.Check(manyOutcomes));
        Assert.Equal(
            $"instrumentDefinition has ({items} items + {outcomes} outcome items) × {groups} groups = {(items + outcomes) * groups} cells; at most {InstrumentLimits.MaxCells} are scored on this route.",
            InstrumentLimits.Check(manyCells));
    }

    private static CycleRequest Request(string cycle) => new(Agency, cycle, Staff, "https://wellness.example");

    private static async Task<string> OpenAsync(ServiceHost host)
    {
        var opened = await host.Get<CycleService>().CreateAsync(new AgencyRequest(Agency, Staff, "https://wellness.example"), new CreateAssessmentRequest("Spring", "safer-together", "1.0.0"), RequestKey.None, default);
        Assert.Equal(OutcomeKind.Created, opened.Kind);
        return opened.Value!.Id;
    }

    private static async Task SubmitAsync(ServiceHost host, string cycle, int count)
    {
        var assessment = (await host.Get<CycleStore>().GetAsync(Agency, cycle, default))!;
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(SubmissionOutcome.Accepted, await host.Get<ResponseStore>().SubmitAsync(assessment, Respondent($"o-{i}"), default));
        }
    }

    private static Response Respondent(string id) =>
        new() { RespondentId = id, Group = "line-officer", Answers = new Dictionary<string, Answer> { ["training.academy"] = 3, ["officer-trust.listening-sessions"] = 2 } };
}
