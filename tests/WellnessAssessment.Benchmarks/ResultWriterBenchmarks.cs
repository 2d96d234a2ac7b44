using System.Text.Json;
using BenchmarkDotNet.Attributes;
using WellnessAssessment.Instruments;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Benchmarks;

/// <summary>
/// Writing one result of a realistic 2.0.0 cycle (10,000 respondents, every section, group and item) with the
/// source-generated serializer into a reused buffer. The hand-written <c>ResultJsonWriter</c> it was measured against
/// took 0.95× its time (669 µs vs 708 µs, short job), not the 2× that would justify it, and was removed.
/// </summary>
[MemoryDiagnoser]
public class ResultWriterBenchmarks
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = WellnessJson.Options.Encoder, SkipValidation = true };
    private readonly WellnessJsonContext _generated = new(new JsonSerializerOptions(WellnessJsonContext.Default.Options));
    private readonly MemoryStream _output = new(1024 * 1024);
    private AssessmentResult _result = null!;

    [GlobalSetup]
    public void Setup()
    {
        var compiled = InstrumentCatalog.BuiltIn.FindCompiled("safer-together", "2.0.0")!;
        _result = new AssessmentScorer().Score(compiled, ExampleResponseSets.Large(compiled.Instrument, 10_000));
        Console.WriteLine($"// Result of a 10,000-respondent 2.0.0 cycle: {SourceGenerated():N0} bytes");
    }

    [Benchmark(Description = "Write a 2.0.0 result: source-generated serializer")]
    public long SourceGenerated()
    {
        _output.Position = 0;
        _output.SetLength(0);
        using (var writer = new Utf8JsonWriter(_output, WriterOptions))
        {
            JsonSerializer.Serialize(writer, _result, _generated.AssessmentResult);
        }

        return _output.Length;
    }
}
