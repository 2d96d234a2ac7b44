using CsCheck;
using WellnessAssessment.ActionPlan;
using WellnessAssessment.Instruments;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.ActionPlan;

/// <summary>For any plan, any size band and any one to three focus areas, the first-year plan keeps the rule.</summary>
public sealed class FirstYearPlanPropertyTests
{
    private static readonly Instrument Version2 = InstrumentCatalog.BuiltIn.Find("safer-together", "2.0.0")!;

    private static readonly AssessmentResult Base = Score();

    private static readonly string[] DomainIds = [.. Version2.Domains.Select(d => d.Id)];

    private static AssessmentResult Score()
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.Assessments, "examples", "mid-size-agency.v2.json"));
        return new AssessmentScorer().Score(Version2, WellnessJson.ReadResponseSet(stream));
    }

    private static readonly Gen<(int[] Domains, AgencySize? Size, int[] Focus)> Scenario = Gen.Select(
        Gen.Int[0, DomainIds.Length - 1].Array[0, 70],
        Gen.Int[0, 4].Select(i => i == 4 ? (AgencySize?)null : (AgencySize)i),
        Gen.Int[0, DomainIds.Length - 1].Array[1, 3].Where(ids => ids.Distinct().Count() == ids.Length));

    [Fact]
    public void FirstYear_IsTheFocusActionsThenTheOthers_InPlanOrder_CutAtTheSizeLimit()
    {
        Scenario.Sample(scenario =>
        {
            var template = Base.ActionPlan[0];
            // A plan is highest priority first; the entries' domains are drawn, their priorities fall with the position.
            var entries = scenario.Domains.Select((d, i) => template with { ItemId = $"item-{i}", DomainId = DomainIds[d], Priority = 100 - i }).ToList();
            var result = Base with
            {
                ActionPlan = entries,
                Agency = new AgencyInfo("a", "A") { Profile = new AgencyProfile { Size = scenario.Size } },
            };
            var focus = FocusAreas.Choose(Version2, scenario.Focus.Select(f => DomainIds[f]));

            var plan = FirstYearPlanner.Plan(result, new PlanOptions { FocusAreas = focus });

            var isFocus = entries.ToDictionary(e => e.ItemId, e => focus.DomainIds.Contains(e.DomainId));
            var expected = entries.Where(e => isFocus[e.ItemId]).Concat(entries.Where(e => !isFocus[e.ItemId])).Select(e => e.ItemId).ToList();
            var limit = FirstYearPlanner.LimitFor(scenario.Size);
            Assert.Equal(Math.Min(limit, entries.Count), plan.FirstYear.Count);
            Assert.Equal(expected, plan.FirstYear.Concat(plan.Later).Select(e => e.ItemId));
            Assert.Equal(limit, plan.Limit);
            Assert.All(plan.FocusAreas, area => Assert.Equal(plan.FirstYear.FirstOrDefault(e => e.DomainId == area.DomainId)?.Owner, area.Owner));
        });
    }

    [Fact]
    public void Suggestion_IsAtMostThreeDistinctDomainsThatHoldActions_RankedByTheirTopPriority()
    {
        Gen.Int[0, DomainIds.Length - 1].Array[0, 40].Sample(domains =>
        {
            var template = Base.ActionPlan[0];
            var entries = domains.Select((d, i) => template with { ItemId = $"item-{i}", DomainId = DomainIds[d], Priority = 100 - i }).ToList();

            var suggested = FocusAreas.Suggest(Base with { ActionPlan = entries }).DomainIds.ToList();

            // Distinct priorities (no ties): the rule is the order in which domains first appear in the plan.
            Assert.Equal(entries.Select(e => e.DomainId).Distinct(StringComparer.Ordinal).Take(FocusAreas.Most), suggested);
        });
    }
}
