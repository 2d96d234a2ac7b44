using WellnessAssessment.ActionPlan;
using WellnessAssessment.Instruments;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.ActionPlan;

/// <summary>Focus areas and the first-year plan sized to the agency.</summary>
public sealed class FirstYearPlannerTests
{
    private static Instrument Version2 => InstrumentCatalog.BuiltIn.Find("safer-together", "2.0.0")!;

    private static AssessmentResult Example(string file, Instrument instrument)
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.Assessments, "examples", file));
        return new AssessmentScorer().Score(instrument, WellnessJson.ReadResponseSet(stream));
    }

    [Fact]
    public void NineOfficerExample_GetsAtMostTwelveFirstYearActions_AndTheRestLater()
    {
        var result = Example("small-agency.v2.json", Version2);

        var plan = FirstYearPlanner.Plan(result);

        Assert.Equal(AgencySize.UpTo10, plan.Size);
        Assert.Equal(12, plan.Limit);
        Assert.True(result.ActionPlan.Count > 12, $"the example's plan has {result.ActionPlan.Count} actions");
        Assert.Equal(12, plan.FirstYear.Count);
        Assert.Equal(result.ActionPlan.Count - 12, plan.Later.Count);
        Assert.Equal(
            result.ActionPlan.Select(entry => entry.ItemId).Order(StringComparer.Ordinal),
            plan.FirstYear.Concat(plan.Later).Select(entry => entry.ItemId).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(AgencySize.UpTo10, 12)]
    [InlineData(AgencySize.From11To49, 18)]
    [InlineData(AgencySize.From50To249, 24)]
    [InlineData(AgencySize.From250, 30)]
    [InlineData(null, 24)]
    public void Limit_FollowsTheSizeTable(AgencySize? size, int limit) => Assert.Equal(limit, FirstYearPlanner.LimitFor(size));

    [Fact]
    public void ChosenFocusAreas_LeadTheFirstYear_InPriorityOrder_ThenTheRestByPriority()
    {
        var result = Example("mid-size-agency.v2.json", Version2);
        // Two areas that are not the top of the plan, so that leading with them changes the order.
        var chosen = result.ActionPlan.Select(entry => entry.DomainId).Distinct(StringComparer.Ordinal).Skip(2).Take(2).ToList();

        var plan = FirstYearPlanner.Plan(result, new PlanOptions { FocusAreas = FocusAreas.Choose(Version2, chosen) });

        var focusCount = result.ActionPlan.Count(entry => chosen.Contains(entry.DomainId));
        var expected = result.ActionPlan.Where(entry => chosen.Contains(entry.DomainId))
            .Concat(result.ActionPlan.Where(entry => !chosen.Contains(entry.DomainId))).ToList();
        Assert.InRange(focusCount, 1, plan.Limit - 1);
        Assert.Equal(expected.Take(plan.Limit).Select(e => e.ItemId), plan.FirstYear.Select(e => e.ItemId));
        Assert.Equal(expected.Skip(plan.Limit).Select(e => e.ItemId), plan.Later.Select(e => e.ItemId));
        Assert.False(plan.FocusAreasSuggested);
        Assert.Equal(chosen, plan.FocusAreas.Select(area => area.DomainId));
        Assert.All(plan.FocusAreas, area =>
        {
            Assert.Equal(result.FindDomain(area.DomainId)!.Score, area.Score);
            Assert.Equal(result.ActionPlan.First(entry => entry.DomainId == area.DomainId).Owner, area.Owner);
        });
    }

    [Fact]
    public void Suggestion_IsTheDomainsOfTheHighestPriorityActions()
    {
        var result = Example("mid-size-agency.v2.json", Version2);

        var suggested = FocusAreas.Suggest(result);

        Assert.True(suggested.Suggested);
        // The example has no two domains whose top actions tie, so the rule reads straight off the ranked plan.
        Assert.Equal(result.ActionPlan.Select(entry => entry.DomainId).Distinct(StringComparer.Ordinal).Take(3), suggested.DomainIds);
        Assert.Equal(FirstYearPlanner.Plan(result).FocusAreas.Select(a => a.DomainId), suggested.DomainIds);
    }

    [Fact]
    public void Suggestion_BreaksTiedPrioritiesByTheLowerDomainScore()
    {
        var result = Example("mid-size-agency.v2.json", Version2);
        var domains = result.Domains().ToList();
        var (low, high) = domains[0].Score < domains[1].Score ? (domains[0], domains[1]) : (domains[1], domains[0]);
        var top = result.ActionPlan[0];
        // Both domains' only actions get the same priority; the lower-scoring domain comes first, whatever the plan order.
        ActionPlanEntry Entry(DomainResult domain) => top with { DomainId = domain.Id, ItemId = domain.Items[0].Id, Priority = 5 };
        var tied = result with { ActionPlan = [Entry(high), Entry(low)] };

        var suggested = FocusAreas.Suggest(tied);

        Assert.Equal([low.Id, high.Id], suggested.DomainIds);
    }

    [Fact]
    public void WithheldRelease_HasNoSuggestionAndAnEmptyPlan()
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.Assessments, "examples", "small-agency-chief.json"));
        var result = new AssessmentScorer().Score(InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0")!, WellnessJson.ReadResponseSet(stream));

        var plan = FirstYearPlanner.Plan(result);

        Assert.Null(result.Respondents);
        Assert.Empty(plan.FocusAreas);
        Assert.Empty(plan.FirstYear);
        Assert.Empty(plan.Later);
    }

    [Theory]
    [InlineData(new string[0], "focusAreas")]
    [InlineData(new[] { "a", "b", "c", "d" }, "focusAreas")]
    [InlineData(new[] { "training", "no-such-domain" }, "focusAreas[1]")]
    [InlineData(new[] { "training", "leadership", "training" }, "focusAreas[2]")]
    public void Choose_RejectsBadFocusAreas_NamingThePlace(string[] ids, string path)
    {
        var instrument = Version2;
        var real = instrument.Domains.Select(d => d.Id).ToList();
        // Stand-ins for real domain ids, so the cases read plainly.
        var mapped = ids.Select(id => id switch { "training" => real[0], "leadership" => real[1], _ => id }).ToList();

        var error = Assert.Throws<AssessmentValidationException>(() => FocusAreas.Choose(instrument, mapped));

        Assert.Equal("focus areas", error.Subject);
        Assert.Contains(error.Errors, e => e.Path == path);
    }

    [Fact]
    public void Plan_RejectsFocusAreasOfAnotherInstrument()
    {
        var result = Example("mid-size-agency.v2.json", Version2);
        var version1 = InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0")!;

        var error = Assert.Throws<AssessmentValidationException>(() =>
            FirstYearPlanner.Plan(result, new PlanOptions { FocusAreas = FocusAreas.Choose(version1, [version1.Domains.First().Id]) }));

        Assert.Equal("options.focusAreas", Assert.Single(error.Errors).Path);
    }
}
