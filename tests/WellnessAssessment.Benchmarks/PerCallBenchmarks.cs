using System.Text.Json;
using BenchmarkDotNet.Attributes;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;

namespace WellnessAssessment.Benchmarks;

/// <summary>
/// One request's work on the built-in instrument for <c>assessments/examples/small-agency-chief.json</c> (one respondent):
/// parse it, score it, serialise its result. The reference is <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>
/// of the same bytes; scoring with an uncompiled instrument shows what compiling once saves.
/// </summary>
[MemoryDiagnoser]
public class PerCallBenchmarks
{
    private Instrument _instrument = null!;
    private CompiledInstrument _compiled = null!;
    private byte[] _json = [];
    private ResponseSet _responses = null!;
    private AssessmentResult _result = null!;
    private AssessmentScorer _scorer = null!;
    private readonly MemoryStream _output = new(256 * 1024);

    [GlobalSetup]
    public void Setup()
    {
        _compiled = InstrumentCatalog.BuiltIn.FindCompiled("safer-together", "1.0.0")!;
        _instrument = _compiled.Instrument;
        _json = File.ReadAllBytes(Path.Combine(RepositoryRoot(), "assessments", "examples", "small-agency-chief.json"));
        _responses = WellnessJson.ReadResponseSet(new MemoryStream(_json));
        _scorer = new AssessmentScorer();
        _result = _scorer.Score(_compiled, _responses);
        using var size = new MemoryStream();
        WellnessJson.Serialize(size, _result);
        Console.WriteLine($"// One-respondent example: {_json.Length:N0} bytes; its result: {size.Length:N0} bytes of JSON");
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse, one-respondent example")]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_json);
        return document.RootElement.GetPropertyCount();
    }

    [Benchmark(Description = "Parse response set, one-respondent example")]
    public ResponseSet Parse() => WellnessJson.ReadResponseSet(new MemoryStream(_json, 0, _json.Length, writable: false, publiclyVisible: true));

    [Benchmark(Description = "Score one respondent (compiled instrument)")]
    public AssessmentResult Score() => _scorer.Score(_compiled, _responses);

    [Benchmark(Description = "Score one respondent (instrument validated and compiled per call)")]
    public AssessmentResult ScoreUncompiled() => _scorer.Score(_instrument, _responses);

    [Benchmark(Description = "Serialise the one-respondent result")]
    public long Serialise()
    {
        // One reused destination, as a response body is: the figure is the serialiser's, not a new 100 KB buffer's.
        _output.Position = 0;
        _output.SetLength(0);
        WellnessJson.Serialize(_output, _result);
        return _output.Length;
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WellnessAssessment.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
