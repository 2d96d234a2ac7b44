using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace WellnessAssessment.Cli.Benchmarks;

/// <summary>
/// The CLI's import and score of a 50,000-respondent CSV export, in-process through the tool's entry point, writing to
/// files as a consultant's script would. Runs in-process: each operation takes seconds, so the host's overhead does not
/// matter, and the benchmark does not rebuild the solution.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class ImportAndScoreBenchmarks
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wellness-cli-bench-").FullName;
    private string _csv = string.Empty;
    private string _responses = string.Empty;

    [Params(50_000)]
    public int Respondents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _csv = Path.Combine(_folder, "export.csv");
        _responses = Path.Combine(_folder, "responses.json");
        LargeCsvExport.Write(_csv, Respondents);
        if (Run("import", "--csv", _csv, "-o", _responses) != 0)
        {
            throw new InvalidOperationException("The generated export did not import.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int Import() => Run("import", "--csv", _csv, "-o", Path.Combine(_folder, "imported.json"));

    [Benchmark]
    public int Score() => Run("score", "--responses", _responses, "-o", Path.Combine(_folder, "result.json"));

    [Benchmark]
    public int ImportThenScore() => Import() + Score();

    private static int Run(params string[] args) =>
        WellnessCli.RunAsync(args, new CliConsole(TextReader.Null, TextWriter.Null, TextWriter.Null, ErrorIsTerminal: false), CancellationToken.None).GetAwaiter().GetResult();

    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5));
    }
}
