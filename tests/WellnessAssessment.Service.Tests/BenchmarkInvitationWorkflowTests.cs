using System.Text;
using WellnessAssessment.Norms;
using WellnessAssessment.Service.Access;
using WellnessAssessment.Service.Cycles;
using WellnessAssessment.Service.Invitations;
using WellnessAssessment.Service.Norms;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Service.Requests;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Service.Tests;

/// <summary>The benchmark and invitation workflows called as a host calls them (plain requests, typed outcomes), over Azurite.</summary>
[Collection(AzuriteTests.Name)]
[Trait("Category", "storage")]
public sealed class BenchmarkInvitationWorkflowTests(AzuriteFixture azurite)
{
    private const string Agency = "lakeside-pd";
    private static readonly AgencyRequest Staff = new(Agency, Caller.Agency(Agency, "Lakeside PD"), "https://wellness.example");

    private static async Task<CycleRequest> OpenCycleAsync(ServiceHost host)
    {
        var id = (await host.Get<CycleService>().CreateAsync(Staff, new CreateAssessmentRequest("Spring", "safer-together", "1.0.0"), RequestKey.None, default)).Value!.Id;
        return new CycleRequest(Agency, id, Staff.Caller, Staff.RequestRoot);
    }

    [Fact]
    public async Task Invitations_IssueCountAndPrint_TheCsvCarriesThePublicSurveyAddress_AndBadCodesNameTheirPlace()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var invitations = host.Get<InvitationService>();
        var cycle = await OpenCycleAsync(host);

        var issued = await invitations.IssueAsync(cycle, Outcome.Found(new IssueInvitationsRequest(2)), default);
        var codes = issued.Value!.Codes;
        var csv = await invitations.WriteAsync(cycle, Outcome.Found(new InvitationSheetRequest(codes)), InvitationFileFormat.Csv, default);
        var bad = await invitations.WriteAsync(cycle, Outcome.Found(new InvitationSheetRequest([codes[0], "0000"])), InvitationFileFormat.Sheet, default);
        var unread = await invitations.IssueAsync(cycle, Problem.Invalid("$", "the body is empty or null; expected a JSON object"), default);
        var status = await invitations.StatusAsync(cycle, default);

        Assert.Equal(OutcomeKind.Created, issued.Kind);
        Assert.Equal($"/api/agencies/{Agency}/assessments/{cycle.AssessmentId}/invitations", issued.Location);
        Assert.StartsWith("https://wellness.example/survey/#", issued.Value.SurveyUrl, StringComparison.Ordinal);
        Assert.Equal(("text/csv; charset=utf-8", $"{Agency}-{cycle.AssessmentId}-invitations.csv"), (csv.Value!.ContentType, csv.Value.FileName));
        Assert.Equal($"code,survey_url\r\n{codes[0]},{issued.Value.SurveyUrl}\r\n{codes[1]},{issued.Value.SurveyUrl}\r\n", Encoding.UTF8.GetString(csv.Value.Content));
        Assert.Equal((ProblemKind.Invalid, "codes[1]"), (bad.Problem!.Kind, bad.Problem.Place));
        Assert.Equal((ProblemKind.Invalid, "$"), (unread.Problem!.Kind, unread.Problem.Place));
        Assert.Equal(new InvitationStatus(2, 0), status.Value);
    }

    [Fact]
    public async Task Benchmark_AnOpenCycleCannotContribute_AnUnknownCycleIs404_AndNoFileLoadedIs404()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var benchmarks = host.Get<NormsService>();
        var cycle = await OpenCycleAsync(host);

        var open = await benchmarks.ContributeAsync(cycle, default);
        var unknown = await benchmarks.GetContributionAsync(cycle with { AssessmentId = "a-nothere" }, default);
        var invalidId = await benchmarks.WithdrawAsync(cycle with { AssessmentId = "a-zzzzzz\n" }, default);
        var notLoaded = await benchmarks.RemoveExternalAsync("safer-together", 2, default);
        var unreadNorms = await benchmarks.LoadExternalAsync(new Problem(ProblemKind.TooLarge, "Body too large", "over 1024 KiB"), default);
        var rebuilt = await benchmarks.RebuildAsync(default);

        Assert.Equal(ProblemKind.Conflict, open.Problem!.Kind);
        Assert.Equal(ProblemKind.NotFound, unknown.Problem!.Kind);
        Assert.Equal(ProblemKind.NotFound, invalidId.Problem!.Kind);
        Assert.Equal("No benchmark file is loaded for safer-together 2.x.", notLoaded.Problem!.Detail);
        Assert.Equal(ProblemKind.TooLarge, unreadNorms.Problem!.Kind);
        Assert.Empty(rebuilt.Value!); // nothing contributed, nothing published: no benchmark to summarize
        Assert.False((await benchmarks.GetContributionAsync(cycle, default)).Value!.Contributing);
    }

    [Fact]
    public async Task LoadExternal_NormsUnderTheAnonymityRules_AreRefusedWithThePlace_AndNothingIsLoaded()
    {
        using var host = new ServiceHost(azurite, AzuriteFixture.UniquePrefix());
        var benchmarks = host.Get<NormsService>();
        var norms = new PeerNormsBuilder().Build(WellnessAssessment.Testing.Peers.GeneratedAgencies.Results(seed: 1331, WellnessAssessment.Testing.Peers.GeneratedAgencies.Sizes(2, 9, 6, 5)));

        var refused = await benchmarks.LoadExternalAsync(Outcome.Found(norms with { MinimumAgencies = 3 }), default);
        var removed = await benchmarks.RemoveExternalAsync("safer-together", 2, default);

        Assert.Equal(ProblemKind.Invalid, refused.Problem!.Kind);
        Assert.Contains("minimumAgencies", refused.Problem.Errors!.Keys);
        Assert.Equal(ProblemKind.NotFound, removed.Problem!.Kind);
    }
}
