using CsCheck;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Scoring;

/// <summary>
/// Ties are ties: an instrument whose second domain duplicates the first with every item weight multiplied by a
/// factor ranks each duplicated item equal to its original by the formula; floating-point rounding in
/// <c>w_i/Σw_d</c> can still make them differ in the last bit, which must not put the duplicate first.
/// </summary>
public sealed class TiePropertyTests
{
    private static readonly double[] Weights = [1, 2, 3, 0.1, 0.7, 1.3];
    private static readonly double[] Factors = [3, 0.1, 7, 0.3, 1.1];

    private static readonly Gen<(double[] Weights, double Factor, int[][] Levels)> ScenarioGen =
        Gen.Select(
            Gen.Int[0, Weights.Length - 1].Select(i => Weights[i]).Array[2, 5],
            Gen.Int[0, Factors.Length - 1].Select(i => Factors[i]),
            Gen.Int[1, 6],
            (weights, factor, respondents) => (weights, factor, respondents))
        .SelectMany(s => Gen.Int[0, 3].Array[s.weights.Length].Array[s.respondents].Select(levels => (s.weights, s.factor, levels)));

    [Fact]
    public void Plan_DuplicatedItems_KeepInstrumentOrder()
    {
        ScenarioGen.Sample(scenario =>
        {
            var instrument = Duplicated(scenario.Weights, scenario.Factor);
            var responses = ResponseSets.For(instrument, [.. scenario.Levels.Select(levels => ("officer", Answers(levels)))]);

            var result = new AssessmentScorer(Named.Options).Score(instrument, responses);

            var position = result.ActionPlan.Select((entry, index) => (entry.ItemId, index)).ToDictionary(pair => pair.ItemId, pair => pair.index);
            for (var i = 0; i < scenario.Weights.Length; i++)
            {
                if (position.TryGetValue($"a.{i}", out var original))
                {
                    Assert.True(original < position[$"b.{i}"], $"b.{i} was ranked before a.{i}");
                }
            }

            var strengths = result.Strengths.Select(strength => strength.ItemId).ToList();
            for (var i = 0; i < scenario.Weights.Length; i++)
            {
                if (strengths.IndexOf($"a.{i}") is var original and >= 0)
                {
                    Assert.True(original < strengths.IndexOf($"b.{i}"));
                }
            }
        });
    }

    [Fact]
    public void Plan_PrioritiesThatDifferOnlyInTheLastBit_AreTiesInInstrumentOrder()
    {
        // Weights 0.1 and 0.2 in the first domain, 0.3 and 0.6 in its copy: 0.2/0.30000000000000004 = 0.6666666666666666 but
        // 0.6/0.8999999999999999 = 0.6666666666666667: the formula ranks a.1 and b.1 equal, the doubles need not be.
        var instrument = Duplicated([0.1, 0.2], 3);
        var responses = ResponseSets.For(instrument, ("officer", Answers([1, 2])));

        var plan = new AssessmentScorer(Named.Options).Score(instrument, responses).ActionPlan;

        Assert.Equal(["a.1", "b.1", "a.0", "b.0"], plan.Select(entry => entry.ItemId));
    }

    private static Dictionary<string, Answer> Answers(int[] levels)
    {
        var answers = new Dictionary<string, Answer>();
        for (var i = 0; i < levels.Length; i++)
        {
            answers[$"a.{i}"] = levels[i];
            answers[$"b.{i}"] = levels[i];
        }

        return answers;
    }

    private static Instrument Duplicated(double[] weights, double factor)
    {
        var scale = ResponseScale.Maturity;
        return new Instrument
        {
            Id = "duplicated",
            Version = "1.0.0",
            Title = "Duplicated items",
            Scale = scale,
            Groups = [new RespondentGroup("officer", "Officers")],
            Sections =
            [
                new Section
                {
                    Id = "s",
                    Title = "Section",
                    Domains =
                    [
                        SmallInstrument.Domain("a", 1, scale, [.. weights.Select((weight, i) => SmallInstrument.Item($"a.{i}", scale, weight))]),
                        SmallInstrument.Domain("b", 1, scale, [.. weights.Select((weight, i) => SmallInstrument.Item($"b.{i}", scale, weight * factor))]),
                    ],
                },
            ],
        };
    }
}
