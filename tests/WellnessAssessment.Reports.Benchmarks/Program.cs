using BenchmarkDotNet.Running;
using WellnessAssessment.Reports.Benchmarks;

// dotnet run -c Release --project tests/WellnessAssessment.Reports.Benchmarks -- --filter '*'
// dotnet tests/WellnessAssessment.Reports.Benchmarks/bin/Release/net10.0/WellnessAssessment.Reports.Benchmarks.dll first-report RESPONSES.json OUT.pdf
if (args is ["first-report", var responses, var pdf])
{
    return FirstReport.Run(responses, pdf);
}

BenchmarkSwitcher.FromAssembly(typeof(ReportBenchmarks).Assembly).Run(args);
return 0;
