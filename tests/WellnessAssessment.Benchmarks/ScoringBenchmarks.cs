using System.Text;
using BenchmarkDotNet.Attributes;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Benchmarks;

/// <summary>Scoring 10,000 respondents on the built-in instrument, against parsing the same response set from JSON.</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private Instrument _instrument = null!;
    private ResponseSet _responses = null!;
    private byte[] _json = [];
    private AssessmentScorer _scorer = null!;

    [Params(10_000)]
    public int Respondents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _instrument = InstrumentCatalog.BuiltIn.Find("safer-together")!;
        _responses = ExampleResponseSets.Large(_instrument, Respondents);
        _json = Encoding.UTF8.GetBytes(WellnessJson.Serialize(_responses));
        _scorer = new AssessmentScorer();
    }

    [Benchmark(Baseline = true, Description = "Parse response set JSON")]
    public ResponseSet Parse()
    {
        using var stream = new MemoryStream(_json, writable: false);
        return WellnessJson.ReadResponseSet(stream);
    }

    [Benchmark(Description = "Validate and score")]
    public AssessmentResult Score() => _scorer.Score(_instrument, _responses);
}
