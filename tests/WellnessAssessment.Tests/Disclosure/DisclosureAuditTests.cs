using CsCheck;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Disclosure;

[Trait("Speed", "slow")] // the LP auditor over 2,000 generated cycles: left out of the fast subset (README), run by ./test.sh
public sealed class DisclosureAuditTests
{
    /// <summary>
    /// Two sections; domains of 2–4 items (one with a not-applicable item, one with unequal weights); five groups: two
    /// leadership, two frontline, one in neither pool.
    /// </summary>
    internal static readonly Instrument Audited = new()
    {
        Id = "audited",
        Version = "1.0.0",
        Title = "Audited instrument",
        Scale = ResponseScale.Maturity,
        Groups =
        [
            new RespondentGroup("chief", "Chiefs", GroupPools.Leadership),
            new RespondentGroup("sergeant", "Sergeants", GroupPools.Leadership),
            new RespondentGroup("officer", "Officers", GroupPools.Frontline),
            new RespondentGroup("dispatcher", "Dispatchers", GroupPools.Frontline),
            new RespondentGroup("civilian", "Civilians"),
        ],
        Sections =
        [
            new Section
            {
                Id = "s1",
                Title = "One",
                Domains =
                [
                    SmallInstrument.Domain("a", 1, ResponseScale.Maturity, Item("a1"), Item("a2")),
                    SmallInstrument.Domain("b", 2, ResponseScale.Maturity, Item("b1"), Item("b2"), Item("b3", allowNotApplicable: true)),
                ],
            },
            new Section
            {
                Id = "s2",
                Title = "Two",
                Domains =
                [
                    SmallInstrument.Domain("c", 1, ResponseScale.Maturity, Item("c1"), Item("c2"), Item("c3"), Item("c4")),
                    SmallInstrument.Domain("d", 1, ResponseScale.Maturity, Item("d1", weight: 2), Item("d2")),
                ],
            },
        ],
    };

    private static readonly CompiledInstrument Compiled = CompiledInstrument.Compile(Audited);

    private static Item Item(string id, double weight = 1, bool allowNotApplicable = false) =>
        SmallInstrument.Item(id, ResponseScale.Maturity, weight, allowNotApplicable);

    /// <summary>
    /// A cycle from a seed: 0–12 respondents per group; each group answers around its own level (a fifth of groups
    /// unanimously, often at an end of the scale), with don't-know, not-applicable and skipped answers.
    /// </summary>
    internal static ResponseSet Cycle(int seed)
    {
        var random = new Random(seed);
        var responses = new List<Response>();
        var items = Audited.Sections.SelectMany(s => s.Domains).SelectMany(d => d.Items).ToArray();
        foreach (var group in Audited.Groups)
        {
            var count = random.Next(13);
            var level = random.Next(5);
            var unanimous = random.Next(5) == 0;
            var missing = random.Next(3) switch { 0 => 0.0, 1 => 0.08, _ => 0.25 };
            for (var r = 0; r < count; r++)
            {
                var answers = new Dictionary<string, Answer>();
                foreach (var item in items)
                {
                    var roll = random.NextDouble();
                    if (roll < missing)
                    {
                        var kind = random.Next(3);
                        if (kind == 0)
                        {
                            answers[item.Id] = Answer.DontKnow;
                        }
                        else if (kind == 1 && item.AllowNotApplicable)
                        {
                            answers[item.Id] = Answer.NotApplicable;
                        }

                        continue;
                    }

                    answers[item.Id] = unanimous ? level : Math.Clamp(level + random.Next(-1, 2) + (random.Next(4) == 0 ? random.Next(-2, 3) : 0), 0, 4);
                }

                responses.Add(new Response { RespondentId = $"{group.Id}-{r}", Group = group.Id, Answers = answers });
            }
        }

        return new ResponseSet { Instrument = Audited.Reference, Responses = responses };
    }

    private static IReadOnlyList<DisclosureAuditor.Violation> AuditCycle(int seed, ScoringOptions options)
    {
        var responses = Cycle(seed);
        var result = new AssessmentScorer(options).Score(Compiled, responses);
        return DisclosureAuditor.Audit(Audited, responses, result, options.MinimumGroupSize);
    }

    [Fact]
    public void EveryWithheldFigure_KeepsAtLeastOneLevelOrTwoCounts_In2000RandomCycles()
    {
        Gen.Int[0, int.MaxValue].Sample(
            seed =>
            {
                var violations = AuditCycle(seed, ScoringOptions.Default);
                Assert.True(violations.Count == 0, $"seed {seed}: {string.Join("; ", violations.Take(5))}");
            },
            iter: 2000);
    }

    [Fact]
    public void WithoutSecondarySuppression_TheAuditorNarrowsSomeWithheldFigure()
    {
        var options = new ScoringOptions { SecondarySuppression = false };
        var failing = Enumerable.Range(0, 2000).FirstOrDefault(seed => AuditCycle(seed, options).Count > 0, -1);

        Assert.NotEqual(-1, failing);
        Assert.Empty(AuditCycle(failing, ScoringOptions.Default));
    }

    [Fact]
    public void WorkedExample_PassesTheAudit_AndTheDispatchersRangeSpansALevel()
    {
        var responses = DisclosureGateTests.WorkedExample();
        var result = new AssessmentScorer().Score(DisclosureGateTests.Engage, responses);

        Assert.Empty(DisclosureAuditor.Audit(DisclosureGateTests.Engage, responses, result, 5));
    }

    [Fact]
    public void SkewedBlock_WithoutSecondarySuppression_FailsTheAudit()
    {
        // A withheld block of 7 with sum 687.5 pins its two executives in [93.75, 100] (see DisclosureGateTests).
        var instrument = SmallInstrument.Create();
        var respondents = new List<(string, Dictionary<string, Answer>)> { ("exec", ResponseSets.All(instrument, 4)), ("exec", ResponseSets.All(instrument, 4)) };
        respondents.AddRange(ResponseSets.Many(instrument, "civilian", 4, 4));
        var civilian = ResponseSets.All(instrument, 4);
        civilian["d1.a"] = 3;
        respondents.Add(("civilian", civilian));
        respondents.AddRange(Enumerable.Range(0, 6).Select(r => ("sergeant", ResponseSets.All(instrument, r % 5))));
        respondents.AddRange(Enumerable.Range(0, 12).Select(r => ("officer", ResponseSets.All(instrument, (r + 2) % 5))));
        var responses = ResponseSets.For(instrument, [.. respondents]);

        var without = DisclosureAuditor.Audit(instrument, responses, new AssessmentScorer(new ScoringOptions { SecondarySuppression = false }).Score(instrument, responses), 5);
        var with = DisclosureAuditor.Audit(instrument, responses, new AssessmentScorer().Score(instrument, responses), 5);

        Assert.Contains(without, v => v.Row == "d1" && v.Group == "exec" && v.Figure == "mean" && Math.Abs(v.Low - 93.75) < 1e-4 && Math.Abs(v.High - 100) < 1e-4);
        Assert.Empty(with);
    }
}
