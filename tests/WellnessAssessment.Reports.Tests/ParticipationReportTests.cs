using System.Text;
using UglyToad.PdfPig;
using WellnessAssessment.Participation;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Reports.Tests;

public sealed class ParticipationReportTests
{
    private static readonly DateTimeOffset RollCall = new(2026, 3, 2, 14, 5, 0, TimeSpan.Zero);

    private static ReportContent Content(AssessmentResult result) => new(result, ReportScenarios.SaferTogether) { CreatedAt = ReportScenarios.FixedDate };

    /// <summary>The mid-size example (120 respondents) against 150 staff, with line officers over their headcount after a burst.</summary>
    private static AssessmentResult WithParticipation()
    {
        var result = ReportScenarios.Example("mid-size-agency.json");
        var counts = new Dictionary<string, int> { ["line-officer"] = 60, ["first-line-supervisor"] = 16, ["dispatcher"] = 14, ["fto"] = 10, ["command-staff"] = 9, ["civilian"] = 8, ["executive"] = 3 };
        var headcounts = new Headcounts { Total = 150, Groups = new Dictionary<string, int> { ["line-officer"] = 55, ["dispatcher"] = 30 } };
        var busiest = new Dictionary<string, SubmissionWindow> { ["line-officer"] = new(RollCall, RollCall.AddMinutes(10), 40) };
        return result with { Participation = ParticipationCalculator.Compute(ReportScenarios.SaferTogether.Groups, counts, headcounts, result.Options.MinimumGroupSize, busiest) };
    }

    [Fact]
    public void Pdf_WithParticipation_StatesTheRateBesideTheRespondentCount_AndListsTheGroupsWithTheirChecks()
    {
        using var stream = new MemoryStream();
        new PdfReportWriter().Write(Content(WithParticipation()), stream);
        using var document = PdfDocument.Open(stream.ToArray());

        var text = PdfReader.Compact(document);
        Assert.Contains("Respondents120(80%of150staff)", text, StringComparison.Ordinal);
        Assert.Contains("From120respondents(80%of150staff),theagency'soverallscore", text, StringComparison.Ordinal);
        // The total is within its headcount; the line officers are not.
        Assert.Contains("120of150staffanswered:aparticipationrateof80%.Checktheflaggedgroupsbelowbeforepresentingtheseresults.", text, StringComparison.Ordinal);
        Assert.Contains("Lineofficersanddeputies5560109%moreresponsesthanstaff;burst:40answerswithintenminutes,Mar2,14:00–15:00UTC", text, StringComparison.Ordinal);
        Assert.Contains("Dispatchers301447%", text, StringComparison.Ordinal);
        Assert.Contains("Executiveleadership—withheld—", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_WithParticipation_HasTheTableAndWithholdsSmallGroups()
    {
        using var stream = new MemoryStream();
        new HtmlReportWriter().Write(Content(WithParticipation()), stream);
        var html = Encoding.UTF8.GetString(stream.ToArray());

        Assert.Contains("<dt>Respondents</dt><dd>120 (80% of 150 staff)</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>Participation by group</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n\">withheld</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_WithoutParticipation_HasNeitherTheRateNorTheSection()
    {
        using var stream = new MemoryStream();
        new PdfReportWriter().Write(Content(ReportScenarios.Example("mid-size-agency.json")), stream);
        using var document = PdfDocument.Open(stream.ToArray());

        var text = PdfReader.Compact(document);
        Assert.Contains("Respondents120", text, StringComparison.Ordinal);
        Assert.DoesNotContain("staff)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Participationbygroup", text, StringComparison.Ordinal);
        Assert.DoesNotContain("aparticipationrateof", text, StringComparison.Ordinal);
    }
}
