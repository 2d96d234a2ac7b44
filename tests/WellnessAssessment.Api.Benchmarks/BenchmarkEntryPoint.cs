using BenchmarkDotNet.Running;

namespace WellnessAssessment.Api.Benchmarks;

/// <summary>dotnet run -c Release --project tests/WellnessAssessment.Api.Benchmarks -- --filter '*'</summary>
public static class BenchmarkEntryPoint
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntryPoint).Assembly).Run(args);
}
