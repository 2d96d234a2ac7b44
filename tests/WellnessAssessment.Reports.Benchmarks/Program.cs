using BenchmarkDotNet.Running;
using WellnessAssessment.Reports.Benchmarks;

// dotnet run -c Release --project tests/WellnessAssessment.Reports.Benchmarks -- --filter '*'
// dotnet tests/WellnessAssessment.Reports.Benchmarks/bin/Release/net10.0/WellnessAssessment.Reports.Benchmarks.dll first-report RESPONSES.json OUT.pdf
// dotnet tests/WellnessAssessment.Reports.Benchmarks/bin/Release/net10.0/WellnessAssessment.Reports.Benchmarks.dll warm-report RESPONSES.json [RUNS]
if (args is ["first-report", var responses, var pdf])
{
    return FirstReport.Run(responses, pdf);
}

if (args is ["warm-report", var warmResponses, .. var rest])
{
    return WarmReport.Run(warmResponses, rest is [var count] ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : 40);
}

BenchmarkSwitcher.FromAssembly(typeof(ReportBenchmarks).Assembly).Run(args);
return 0;
