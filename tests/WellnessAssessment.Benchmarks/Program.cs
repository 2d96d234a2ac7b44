using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/WellnessAssessment.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(WellnessAssessment.Benchmarks.ScoringBenchmarks).Assembly).Run(args);
