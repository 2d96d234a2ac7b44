using BenchmarkDotNet.Attributes;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Benchmarks;

/// <summary>
/// Closing a 10,000-response anonymous cycle through the disclosure gate (goal: under 2 s). The set is the large
/// example with small groups mixed in (one executive, three command staff, two dispatchers) and every twentieth answer
/// "don't know", so that primary, complementary and secondary suppression all run in every domain.
/// </summary>
[MemoryDiagnoser]
public class DisclosureBenchmarks
{
    private CompiledInstrument _instrument = null!;
    private ResponseSet _responses = null!;
    private AssessmentScorer _scorer = null!;

    [Params(10_000)]
    public int Respondents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _instrument = InstrumentCatalog.BuiltIn.FindCompiled("safer-together")!;
        var large = ExampleResponseSets.Large(_instrument.Instrument, Respondents);
        var small = new[] { "executive", "command-staff", "command-staff", "command-staff", "dispatcher", "dispatcher" };
        _responses = large with
        {
            Responses =
            [
                .. large.Responses.Select((response, r) => response with
                {
                    Group = r < small.Length ? small[r] : response.Group == "executive" || response.Group == "command-staff" || response.Group == "dispatcher" ? "line-officer" : response.Group,
                    Answers = response.Answers.Select((pair, i) => (pair.Key, (r + i) % 20 == 0 ? Answer.DontKnow : pair.Value)).ToDictionary(p => p.Key, p => p.Item2),
                }),
            ],
        };
        _scorer = new AssessmentScorer();
    }

    [Benchmark(Description = "Close a cycle through the disclosure gate (validate, score, decide every figure)")]
    public AssessmentResult Close() => _scorer.Score(_instrument, _responses);
}
