using System.Globalization;
using BenchmarkDotNet.Running;
using WellnessAssessment.Cli.Benchmarks;

// dotnet run -c Release --project tests/WellnessAssessment.Cli.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/WellnessAssessment.Cli.Benchmarks -- generate-csv FILE [RESPONDENTS]   (default 50000)
if (args is ["generate-csv", var path, ..])
{
    var respondents = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50_000;
    LargeCsvExport.Write(path, respondents);
    Console.WriteLine($"Wrote {respondents} respondents to {path}.");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ImportAndScoreBenchmarks).Assembly).Run(args);
