using System.Diagnostics;
using WellnessAssessment.Instruments;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;

namespace WellnessAssessment.Reports.Benchmarks;

/// <summary>
/// The warm PDF action plan of a response set, timed two ways: wall clock per report (fastest and median of the
/// runs) and the process's CPU time per report (all threads, the garbage collector's too). On a machine shared with
/// other work the wall clock waits for a core; the CPU time does not, so it is the figure to compare across busy runs.
/// <c>dotnet tests/WellnessAssessment.Reports.Benchmarks/bin/Release/net10.0/WellnessAssessment.Reports.Benchmarks.dll warm-report RESPONSES.json [RUNS]</c>
/// </summary>
internal static class WarmReport
{
    public static int Run(string responsesPath, int runs)
    {
        AssessmentResult result;
        Instrument instrument;
        using (var input = File.OpenRead(responsesPath))
        {
            var set = WellnessJson.ReadResponseSet(input);
            instrument = InstrumentCatalog.BuiltIn.Find(set.Instrument.Id, set.Instrument.Version)!;
            result = new AssessmentScorer().Score(instrument, set);
        }

        var writer = new PdfReportWriter();
        var content = new ReportContent(result, instrument) { CreatedAt = new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero), AssessmentPeriod = "Spring 2026" };
        long Write()
        {
            using var stream = new MemoryStream();
            writer.Write(content, stream);
            return stream.Length;
        }

        var bytes = 0L;
        for (var i = 0; i < 10; i++)
        {
            bytes = Write(); // warm-up: JIT, font tables, caches
        }

        var process = Process.GetCurrentProcess();
        var walls = new List<double>(runs);
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            Write();
            walls.Add(clock.Elapsed.TotalMilliseconds);
        }

        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
        walls.Sort();
        Console.WriteLine($"{Path.GetFileName(responsesPath)}: PDF {bytes:N0} bytes; {runs} warm runs: wall fastest {walls[0]:0.0} ms, median {walls[runs / 2]:0.0} ms; CPU {cpu:0.0} ms per report (all threads)");
        return 0;
    }
}
