using UglyToad.PdfPig;
using WellnessAssessment.ActionPlan;
using WellnessAssessment.Instruments;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;

namespace WellnessAssessment.Reports.Tests;

/// <summary>The action plan PDF of the 9-officer example: at most 12 first-year actions, led by the focus areas, the rest "Later".</summary>
public sealed class FirstYearPlanReportTests
{
    [Fact]
    public void NineOfficerActionPlan_HasAtMostTwelveFirstYearActions_LedByTheFocusAreas_AndTheRestLater()
    {
        var instrument = InstrumentCatalog.BuiltIn.Find("safer-together", "2.0.0")!;
        using var input = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "assessments", "examples", "small-agency.v2.json"));
        var result = new AssessmentScorer().Score(instrument, WellnessJson.ReadResponseSet(input));
        var plan = FirstYearPlanner.Plan(result);
        using var stream = new MemoryStream();
        new PdfReportWriter().Write(new ReportContent(result, instrument) { CreatedAt = ReportScenarios.FixedDate }, stream);

        using var document = PdfDocument.Open(stream.ToArray());
        var text = PdfReader.Compact(document);

        Assert.True(plan.FirstYear.Count <= 12, $"{plan.FirstYear.Count} first-year actions");
        Assert.Equal(result.ActionPlan.Count - plan.FirstYear.Count, plan.Later.Count);
        var planStart = text.IndexOf(PdfReader.Squeeze("The first-year plan has 12 actions (at most 12 for an agency of up to 10 sworn staff)"), StringComparison.Ordinal);
        var later = text.IndexOf(PdfReader.Squeeze("Later: the rest of the plan"), StringComparison.Ordinal);
        Assert.True(planStart > 0 && later > planStart, $"plan at {planStart}, later at {later}");

        // The focus areas come first, in order, before any other first-year part.
        var headings = plan.FocusAreas.Select((area, index) => text.IndexOf(PdfReader.Squeeze($"Focus area {index + 1}: {area.Title}"), planStart, StringComparison.Ordinal)).ToList();
        Assert.All(headings, index => Assert.True(index > planStart));
        Assert.Equal(headings.Order(), headings);
        var others = text.IndexOf(PdfReader.Squeeze("Other first-year actions"), planStart, StringComparison.Ordinal);
        Assert.True(others < 0 || others > headings[^1], $"others at {others}, focus headings at {string.Join(", ", headings)}");
        Assert.Equal(result.ActionPlan.First(entry => plan.IsFocus(entry.DomainId)).ItemId, plan.FirstYear[0].ItemId);

        // Every first-year action is in the plan's first part; every later one only in the appendix.
        Assert.All(plan.FirstYear, entry =>
        {
            var at = text.IndexOf(PdfReader.Squeeze(entry.Action), planStart, StringComparison.Ordinal);
            Assert.InRange(at, planStart, later);
        });
        Assert.All(plan.Later, entry => Assert.True(text.IndexOf(PdfReader.Squeeze(entry.Action), later, StringComparison.Ordinal) > later, entry.Action));
    }
}
