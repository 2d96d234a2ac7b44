using System.Text.Json;
using BenchmarkDotNet.Attributes;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;

namespace WellnessAssessment.Benchmarks;

/// <summary>
/// One request's work on the built-in instrument: parse the one-respondent example, score it, serialise its result.
/// The baseline is <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> of the same bytes.
/// </summary>
[MemoryDiagnoser]
public class PerCallBenchmarks
{
    private Instrument _instrument = null!;
    private byte[] _json = [];
    private ResponseSet _responses = null!;
    private AssessmentResult _result = null!;
    private AssessmentScorer _scorer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _instrument = InstrumentCatalog.BuiltIn.Find("safer-together")!;
        _json = File.ReadAllBytes(Path.Combine(RepositoryRoot(), "assessments", "examples", "small-agency-chief.json"));
        _responses = WellnessJson.ReadResponseSet(new MemoryStream(_json));
        _scorer = new AssessmentScorer();
        _result = _scorer.Score(_instrument, _responses);
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse, one-respondent example")]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_json);
        return document.RootElement.GetPropertyCount();
    }

    [Benchmark(Description = "Parse response set, one-respondent example")]
    public ResponseSet Parse() => WellnessJson.ReadResponseSet(new MemoryStream(_json, writable: false));

    [Benchmark(Description = "Score one respondent (built-in instrument)")]
    public AssessmentResult Score() => _scorer.Score(_instrument, _responses);

    [Benchmark(Description = "Serialise the one-respondent result")]
    public long Serialise()
    {
        using var stream = new MemoryStream();
        WellnessJson.Serialize(stream, _result);
        return stream.Length;
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
