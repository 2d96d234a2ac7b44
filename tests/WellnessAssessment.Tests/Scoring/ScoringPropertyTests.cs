using CsCheck;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Scoring;

public sealed class ScoringPropertyTests
{
    private static readonly Instrument Instrument = SmallInstrument.Create();
    private static readonly string[] GroupIds = ["exec", "sergeant", "officer", "civilian"];

    private static readonly Gen<Answer?> AnswerGen = Gen.Frequency(
        (6, Gen.Int[0, 4].Select(v => (Answer?)Answer.Level(v))),
        (1, Gen.Const((Answer?)Answer.DontKnow)),
        (1, Gen.Const((Answer?)null)));

    private static readonly Gen<(string Group, Dictionary<string, Answer> Answers)> RespondentGen =
        Gen.Select(Gen.Int[0, 3], AnswerGen.Array[6], Gen.Bool, (group, answers, notApplicable) =>
        {
            var items = Instrument.Items.ToArray();
            var dictionary = new Dictionary<string, Answer>();
            for (var i = 0; i < items.Length; i++)
            {
                if (answers[i] is { } answer)
                {
                    dictionary[items[i].Id] = answer;
                }
            }

            if (notApplicable)
            {
                dictionary["d2.d"] = Answer.NotApplicable;
            }

            return (GroupIds[group], dictionary);
        });

    private static readonly Gen<(ResponseSet Set, int MinimumGroupSize)> ScenarioGen =
        Gen.Select(RespondentGen.Array[0, 40], Gen.Int[3, 8], (respondents, k) => (ResponseSets.For(Instrument, respondents), k));

    [Fact]
    public void Scores_AlwaysStayBetween0And100()
    {
        ScenarioGen.Sample(scenario =>
        {
            var result = new AssessmentScorer(new ScoringOptions { MinimumGroupSize = scenario.MinimumGroupSize }).Score(Instrument, scenario.Set);
            var scores = new List<double?> { result.Overall.Score };
            scores.AddRange(result.Sections.Select(s => s.Score));
            foreach (var domain in result.Domains())
            {
                scores.AddRange([domain.Score, domain.Ci95?.Low, domain.Ci95?.High, domain.PerceptionGap.Leadership, domain.PerceptionGap.Frontline]);
                scores.AddRange(domain.Groups.Select(g => g.Score));
                scores.AddRange(domain.Items.Select(i => i.Score));
                scores.AddRange(domain.Items.SelectMany(i => i.Groups).Select(g => g.Score));
                Assert.All(domain.Items, i => Assert.True(i.Rwg is null or >= 0 and <= 1));
            }

            Assert.All(scores.OfType<double>(), score => Assert.InRange(score, 0, 100));
        }, iter: 300);
    }

    [Fact]
    public void SuppressedGroups_NeverHoldBetween1AndKMinus1RespondentsInTotal()
    {
        ScenarioGen.Sample(scenario =>
        {
            var k = scenario.MinimumGroupSize;
            var result = new AssessmentScorer(new ScoringOptions { MinimumGroupSize = k }).Score(Instrument, scenario.Set);
            foreach (var domain in result.Domains())
            {
                var visible = domain.Groups.Where(g => !g.Suppressed).Sum(g => g.N!.Value);
                var hidden = domain.N - visible;
                // Fewer than k in all can only happen when every group is suppressed (the total is published anyway).
                Assert.True(hidden == 0 || hidden >= k || hidden == domain.N, $"{domain.Id}: {hidden} suppressed respondents with k = {k}");
                Assert.All(domain.Groups.Where(g => !g.Suppressed), g => Assert.True(g.N == 0 || g.N >= k));
                if (domain.PerceptionGap.Status == PerceptionGapStatus.Computed)
                {
                    // Each pool's suppressed part, and the part in neither pool, is derivable: none may be 1..k−1.
                    var pools = Instrument.Groups.Select(g => g.Pool).ToArray();
                    var visibleLeadership = domain.Groups.Where((g, i) => !g.Suppressed && pools[i] == GroupPools.Leadership).Sum(g => g.N!.Value);
                    var visibleFrontline = domain.Groups.Where((g, i) => !g.Suppressed && pools[i] == GroupPools.Frontline).Sum(g => g.N!.Value);
                    var visibleNeither = domain.Groups.Where((g, i) => !g.Suppressed && pools[i] is null).Sum(g => g.N!.Value);
                    var hiddenLeadership = domain.PerceptionGap.LeadershipN!.Value - visibleLeadership;
                    var hiddenFrontline = domain.PerceptionGap.FrontlineN!.Value - visibleFrontline;
                    var hiddenNeither = domain.N - domain.PerceptionGap.LeadershipN.Value - domain.PerceptionGap.FrontlineN.Value - visibleNeither;
                    Assert.All(new[] { hiddenLeadership, hiddenFrontline, hiddenNeither }, part => Assert.True(part == 0 || part >= k, $"{domain.Id}: a derivable part of {part} with k = {k}"));
                    Assert.True(domain.PerceptionGap.LeadershipN >= k && domain.PerceptionGap.FrontlineN >= k);
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void Results_AlwaysSerializeWithoutNaNAndRoundTrip()
    {
        ScenarioGen.Sample(scenario =>
        {
            var result = new AssessmentScorer(new ScoringOptions { MinimumGroupSize = scenario.MinimumGroupSize }).Score(Instrument, scenario.Set);
            var json = WellnessJson.Serialize(result);

            Assert.DoesNotContain("NaN", json, StringComparison.Ordinal);
            Assert.DoesNotContain("Infinity", json, StringComparison.Ordinal);
            Assert.Equal(json, WellnessJson.Serialize(WellnessJson.ReadResult(json)));
        }, iter: 100);
    }
}
