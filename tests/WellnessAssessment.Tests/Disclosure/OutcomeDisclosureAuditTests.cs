using CsCheck;
using Google.OrTools.LinearSolver;
using WellnessAssessment.Disclosure;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Tests.Disclosure;

/// <summary>
/// The auditor's question for outcome rows: from everything a release publishes about an outcome (its n, its mean,
/// the published groups' n and means), how narrow can a withheld group's mean or count be made? An outcome is one row
/// tied to no other by any sum, so the relations are the row's: the withheld groups' sums add up to n × mean minus the
/// published groups' sums, and their counts to n minus the published counts; a sum lies in 0 … 100·count; a count
/// withheld as below the minimum lies in 0 … k−1.
/// </summary>
public sealed class OutcomeDisclosureAuditTests
{
    private static readonly Instrument Audited = DisclosureAuditTests.Audited with
    {
        Outcomes = [Fixtures.OutcomeInstrument.Outcome("o.trust"), Fixtures.OutcomeInstrument.Outcome("o.stay")],
    };

    private static readonly CompiledInstrument Compiled = CompiledInstrument.Compile(Audited);

    /// <summary>The audit cycle of <see cref="DisclosureAuditTests.Cycle"/> with outcome answers: around a level per group, with don't-know.</summary>
    private static ResponseSet Cycle(int seed)
    {
        var set = DisclosureAuditTests.Cycle(seed);
        var random = new Random(seed ^ 0x5eed);
        var levels = Audited.Groups.ToDictionary(group => group.Id, _ => (Level: random.Next(5), Unanimous: random.Next(4) == 0, DontKnow: random.Next(3) * 0.15));
        return set with
        {
            Instrument = Audited.Reference,
            Responses =
            [
                .. set.Responses.Select(response =>
                {
                    var (level, unanimous, dontKnow) = levels[response.Group];
                    var answers = new Dictionary<string, Answer>(response.Answers);
                    foreach (var outcome in Audited.Outcomes!)
                    {
                        answers[outcome.Id] = random.NextDouble() < dontKnow ? Answer.DontKnow
                            : unanimous ? level : Math.Clamp(level + random.Next(-1, 2), 0, 4);
                    }

                    return response with { Answers = answers };
                }),
            ],
        };
    }

    private static List<string> Violations(Instrument instrument, ResponseSet responses, AssessmentResult result, int k)
    {
        var violations = new List<string>();
        var groups = instrument.Groups;
        foreach (var (outcome, published) in instrument.Outcomes!.Zip(result.Outcomes!))
        {
            var truth = new int[groups.Count];
            foreach (var response in responses.Responses)
            {
                if (response.Answers.TryGetValue(outcome.Id, out var answer) && answer.Kind == AnswerKind.Level)
                {
                    truth[groups.Select((g, i) => (g, i)).Single(p => p.g.Id == response.Group).i]++;
                }
            }

            using var solver = Solver.CreateSolver("GLOP");
            var sums = new Variable?[groups.Count];
            var counts = new Variable?[groups.Count];
            for (var g = 0; g < groups.Count; g++)
            {
                var cell = published.Groups[g];
                if (!cell.Suppressed)
                {
                    Assert.Equal(truth[g], cell.N);
                    continue;
                }

                Assert.Null(cell.N);
                Assert.Null(cell.Score);
                sums[g] = solver.MakeNumVar(0, 100.0 * truth[g], $"s{g}");
                counts[g] = solver.MakeNumVar(0, cell.SuppressionReason == SuppressionReason.BelowMinimumGroupSize ? k - 1 : 1e6, $"n{g}");
            }

            Equal(solver, published.N - published.Groups.Where(c => !c.Suppressed).Sum(c => c.N!.Value), counts);
            if (published.Score is { } score)
            {
                Equal(solver, (published.N * score) - published.Groups.Where(c => !c.Suppressed).Sum(c => c.N!.Value * (c.Score ?? 0)), sums);
            }

            var block = Enumerable.Range(0, groups.Count).Where(g => sums[g] is not null).Sum(g => truth[g]);
            for (var g = 0; g < groups.Count; g++)
            {
                if (sums[g] is not { } sum)
                {
                    continue;
                }

                // The property of docs/privacy.md: a withheld cell of 1..k-1 answers keeps a level; a cell of k or more is
                // withheld only to protect the smaller ones (its own mean may be published), so only its count is checked.
                var pinned = false;
                if (truth[g] > 0 && truth[g] < k)
                {
                    var (low, high) = Range(solver, sum);
                    (low, high) = (low / truth[g], high / truth[g]);
                    pinned = (low >= 100 - 1e-4 || high <= 1e-4) && block >= k;
                    if (high - low < 25 - 1e-4 && !pinned)
                    {
                        violations.Add($"{outcome.Id}/{groups[g].Id}: mean in [{low:0.##}, {high:0.##}]");
                    }
                }

                var (countLow, countHigh) = Range(solver, counts[g]!);
                if (countHigh - countLow < 1 - 1e-6 && !pinned)
                {
                    violations.Add($"{outcome.Id}/{groups[g].Id}: count in [{countLow:0.##}, {countHigh:0.##}]");
                }
            }
        }

        return violations;
    }

    private static void Equal(Solver solver, double value, IEnumerable<Variable?> variables)
    {
        var list = variables.OfType<Variable>().ToArray();
        if (list.Length == 0)
        {
            return;
        }

        var constraint = solver.MakeConstraint(value - 1e-6, value + 1e-6);
        foreach (var variable in list)
        {
            constraint.SetCoefficient(variable, 1);
        }
    }

    private static (double Low, double High) Range(Solver solver, Variable variable)
    {
        var objective = solver.Objective();
        objective.Clear();
        objective.SetCoefficient(variable, 1);
        objective.SetMinimization();
        Assert.Equal(Solver.ResultStatus.OPTIMAL, solver.Solve());
        var low = variable.SolutionValue();
        objective.SetMaximization();
        Assert.Equal(Solver.ResultStatus.OPTIMAL, solver.Solve());
        return (low, variable.SolutionValue());
    }

    [Fact]
    public void EveryWithheldOutcomeFigure_KeepsAtLeastOneLevelOrTwoCounts_In500RandomCycles()
    {
        Gen.Int[0, int.MaxValue].Sample(
            seed =>
            {
                var responses = Cycle(seed);
                var result = new AssessmentScorer().Score(Compiled, responses);
                if (result.Outcomes is null)
                {
                    return;
                }

                var violations = Violations(Audited, responses, result, ScoringOptions.Default.MinimumGroupSize);
                Assert.True(violations.Count == 0, $"seed {seed}: {string.Join("; ", violations.Take(5))}");
            },
            iter: 500);
    }

    [Fact]
    public void WithoutSecondarySuppression_TheOutcomeAuditFindsANarrowedCell()
    {
        var options = new ScoringOptions { SecondarySuppression = false };
        var found = Enumerable.Range(0, 400).Any(seed =>
        {
            var responses = Cycle(seed);
            var result = new AssessmentScorer(options).Score(Compiled, responses);
            return result.Outcomes is not null && Violations(Audited, responses, result, options.MinimumGroupSize).Count > 0;
        });

        Assert.True(found, "the audit found nothing to narrow without secondary suppression: it would not catch a weak gate");
    }
}
