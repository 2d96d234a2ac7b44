using System.Text;
using UglyToad.PdfPig;
using WellnessAssessment.ActionPlan;
using WellnessAssessment.Instruments;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;

namespace WellnessAssessment.Reports.Tests;

/// <summary>The 2.0.0 examples: the 9-officer agency's first steps and keep-it-going list, and a lone chief's one view.</summary>
public sealed class SmallAgencyReportTests
{
    private static Instrument Version2 => InstrumentCatalog.BuiltIn.Find("safer-together", "2.0.0")!;

    private static AssessmentResult Score(Instrument instrument, string file)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "assessments", "examples", file));
        var options = file.Contains("chief", StringComparison.Ordinal) ? new ScoringOptions { Purpose = WellnessAssessment.Disclosure.ReleasePurpose.LeadershipSelfAssessment } : ScoringOptions.Default;
        return new AssessmentScorer(options).Score(instrument, WellnessJson.ReadResponseSet(stream));
    }

    private static string Html(AssessmentResult result, Instrument instrument)
    {
        using var stream = new MemoryStream();
        new HtmlReportWriter().Write(new ReportContent(result, instrument) { CreatedAt = ReportScenarios.FixedDate }, stream);
        return WebUtilityDecode(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string PdfText(AssessmentResult result, Instrument instrument)
    {
        using var stream = new MemoryStream();
        new PdfReportWriter().Write(new ReportContent(result, instrument) { CreatedAt = ReportScenarios.FixedDate }, stream);
        using var document = PdfDocument.Open(stream.ToArray());
        return PdfReader.Compact(document);
    }

    private static string WebUtilityDecode(string html) => System.Net.WebUtility.HtmlDecode(html);

    [Fact]
    public void NineOfficerReport_BeginsWithTheRoleItNeeds_NamesNoLargeAgencyRole_AndListsKeepItGoing()
    {
        var result = Score(Version2, "small-agency.v2.json");

        var html = Html(result, Version2);
        var pdf = PdfText(result, Version2);

        var first = result.FirstSteps[0];
        Assert.Equal("Wellness coordinator", first.Role);
        Assert.Contains("First steps, before the actions below", html, StringComparison.Ordinal);
        Assert.Contains("Create or assign: Wellness coordinator", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf(first.Action, StringComparison.Ordinal) < html.IndexOf(result.ActionPlan[0].Action, html.IndexOf("id=\"plan\"", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.Contains(PdfReader.Squeeze(first.Action), pdf, StringComparison.Ordinal);
        foreach (var role in new[] { "Training commander", "Emergency management coordinator", "Patrol division commander", "Planning and research manager", "Public information officer" })
        {
            Assert.DoesNotContain(role, html, StringComparison.Ordinal);
            Assert.DoesNotContain(PdfReader.Squeeze(role), pdf, StringComparison.Ordinal);
        }

        Assert.Contains("Keep it going", html, StringComparison.Ordinal);
        Assert.Contains($"Practices scoring from {result.Options.ActionScoreThreshold:0.##} to below {result.Options.StrengthThreshold:0.##}", html, StringComparison.Ordinal);
        Assert.All(result.KeepItGoing, entry => Assert.Contains(entry.Action, html, StringComparison.Ordinal));
        Assert.Contains(PdfReader.Squeeze("Keep it going"), pdf, StringComparison.Ordinal);
    }

    [Fact]
    public void MidSizeReport_StillUsesTheLargerRoles()
    {
        var result = Score(Version2, "mid-size-agency.v2.json");

        var html = Html(result, Version2);

        Assert.Contains("Training commander", html, StringComparison.Ordinal);
        Assert.DoesNotContain("This result is one view", html, StringComparison.Ordinal);
    }

    [Fact]
    public void LoneChiefReport_SaysItIsOneView_InHtmlAndPdf_AndBeginsWithHearingStaff()
    {
        var result = ReportScenarios.Example("small-agency-chief.json");

        var html = Html(result, ReportScenarios.SaferTogether);
        var pdf = PdfText(result, ReportScenarios.SaferTogether);

        Assert.Contains(result.SingleView!.Statement, html, StringComparison.Ordinal);
        Assert.Contains(PdfReader.Squeeze(result.SingleView.Statement), pdf, StringComparison.Ordinal);
        Assert.Contains("Hear staff across ranks", html, StringComparison.Ordinal);
        Assert.Contains(DefaultSteps.HearStaff.Action, html, StringComparison.Ordinal);
    }

    [Fact]
    public void AnonymousSurveyWithFewerThanFive_SaysSoPlainly_InHtmlAndPdf_AndShowsNoFigure()
    {
        var instrument = ReportScenarios.SaferTogether;
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "assessments", "examples", "small-agency-chief.json"));
        var result = new AssessmentScorer().Score(instrument, WellnessJson.ReadResponseSet(stream));

        var html = Html(result, instrument);
        var pdf = PdfText(result, instrument);

        Assert.Contains("Fewer than 5 people responded, so no results are shown", html, StringComparison.Ordinal);
        Assert.Contains("Fewerthan5peopleresponded,sonoresultsareshown", pdf, StringComparison.Ordinal); // PdfReader.Compact drops spaces
        Assert.Contains("<dd>— of 100", html, StringComparison.Ordinal); // the overall score is a dash, no figure
    }
}
