using System.Text.Json;
using BenchmarkDotNet.Attributes;
using WellnessAssessment.Instruments;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Benchmarks;

/// <summary>
/// Writing one result of a realistic 2.0.0 cycle (10,000 respondents, every section, group and item) with the
/// hand-written <c>ResultJsonWriter</c> against the source-generated serializer (the reference) into the same reused
/// buffer. The hand-written writer stays only while it is at least 2× faster.
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
        if (!ResultJsonWriter.IsComplete)
        {
            throw new InvalidOperationException("ResultJsonWriter does not cover the result types; it would not be used.");
        }

        Console.WriteLine($"// Result of a 10,000-respondent 2.0.0 cycle: {SourceGenerated():N0} bytes (serializer), {HandWritten():N0} bytes (writer)");
    }

    [Benchmark(Baseline = true, Description = "Write a 2.0.0 result: source-generated serializer")]
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

    [Benchmark(Description = "Write a 2.0.0 result: hand-written ResultJsonWriter")]
    public long HandWritten()
    {
        _output.Position = 0;
        _output.SetLength(0);
        using (var writer = new Utf8JsonWriter(_output, WriterOptions))
        {
            ResultJsonWriter.Write(writer, _result);
        }

        return _output.Length;
    }
}
