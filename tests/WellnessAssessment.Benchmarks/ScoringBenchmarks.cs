using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Benchmarks;

/// <summary>
/// A large response set on the built-in instrument: <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>
/// of the bytes (the reference), reading them as a response set, and validating and scoring it.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private CompiledInstrument _instrument = null!;
    private ResponseSet _responses = null!;
    private byte[] _json = [];
    private AssessmentScorer _scorer = null!;
    private ResponseSet _withOutcomes = null!;

    [Params(10_000)]
    public int Respondents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _instrument = InstrumentCatalog.BuiltIn.FindCompiled("safer-together")!;
        _responses = ExampleResponseSets.Large(_instrument.Instrument, Respondents);
        _json = Encoding.UTF8.GetBytes(WellnessJson.Serialize(_responses));
        _scorer = new AssessmentScorer();
        var random = new Random(22);
        var outcomeIds = (_instrument.Instrument.Outcomes ?? []).Select(outcome => outcome.Id).ToArray();
        _withOutcomes = _responses with
        {
            Responses = [.. _responses.Responses.Select(response => response with
            {
                Answers = new Dictionary<string, Answer>(response.Answers.Concat(outcomeIds.Select(id => KeyValuePair.Create(id, (Answer)random.Next(5))))),
            })],
        };
        Console.WriteLine($"// Response set of {Respondents:N0} respondents: {_json.Length:N0} bytes of JSON");
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse of the response set JSON")]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_json);
        return document.RootElement.GetPropertyCount();
    }

    [Benchmark(Description = "Parse response set JSON")]
    public ResponseSet Parse() => WellnessJson.ReadResponseSet(new MemoryStream(_json, 0, _json.Length, writable: false, publiclyVisible: true));

    [Benchmark(Description = "Validate and score (compiled instrument)")]
    public AssessmentResult Score() => _scorer.Score(_instrument, _responses);

    [Benchmark(Description = "Validate and score, every outcome item answered (outcome scores and the association view)")]
    public AssessmentResult ScoreWithOutcomes() => _scorer.Score(_instrument, _withOutcomes);
}
