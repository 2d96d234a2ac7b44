using BenchmarkDotNet.Running;
using WellnessAssessment.Api.Benchmarks.Load;

namespace WellnessAssessment.Api.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/WellnessAssessment.Api.Benchmarks -- --filter '*' (BenchmarkDotNet), or
/// dotnet run -c Release --project tests/WellnessAssessment.Api.Benchmarks -- submit-load --concurrency 64 --seconds 60
/// (the bounded submission load run on loopback, see <see cref="SubmitLoad"/>).
/// </summary>
public static class BenchmarkEntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["submit-load", .. var rest])
        {
            try
            {
                return await SubmitLoad.RunAsync(SubmitLoadOptions.Parse(rest)).ConfigureAwait(false);
            }
            catch (ArgumentException exception)
            {
                await Console.Error.WriteLineAsync("submit-load: " + exception.Message).ConfigureAwait(false);
                return 2;
            }
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntryPoint).Assembly).Run(args);
        return 0;
    }
}
