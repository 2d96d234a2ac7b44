using System.Text;
using WellnessAssessment.Disclosure;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Reports.Tests;

/// <summary>A shared step (one resource list, one required training) is offered once and names every practice it serves.</summary>
public sealed class SharedStepReportTests
{
    private static Instrument Version21 => InstrumentCatalog.BuiltIn.Find("safer-together", "2.1.0")!;

    [Fact]
    public void ActionPlan_OffersASharedStepOnce_AndNamesTheOtherPracticesItServes()
    {
        var instrument = Version21;
        var answers = instrument.Items.ToDictionary(
            item => item.Id,
            item => Answer.Level(item.Recommendations.Any(r => r.Shared is not null && r.Level == 2) ? 2 : 0));
        var set = new ResponseSet
        {
            Instrument = new InstrumentReference(instrument.Id, instrument.Version),
            Responses = [new Response { RespondentId = "chief", Group = instrument.Groups[0].Id, Answers = answers }],
        };
        var result = new AssessmentScorer(new ScoringOptions { Purpose = ReleasePurpose.LeadershipSelfAssessment }).Score(instrument, set);
        var shared = result.ActionPlan.First(entry => entry.AlsoServes is { Count: > 0 });
        var others = shared.AlsoServes!.Select(id => instrument.Items.Single(item => item.Id == id).Text).ToList();

        using var stream = new MemoryStream();
        new HtmlReportWriter().Write(new ReportContent(result, instrument) { CreatedAt = ReportScenarios.FixedDate }, stream);
        var html = System.Net.WebUtility.HtmlDecode(Encoding.UTF8.GetString(stream.ToArray()));

        Assert.Equal(1, CountOf(html, $"{shared.ItemText} Also serves: {string.Join(" ", others)}"));
        Assert.Equal(1, CountOf(html, "Also serves:") - result.ActionPlan.Count(entry => entry.AlsoServes is { Count: > 0 } && entry != shared));
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
