using System.Globalization;

namespace WellnessAssessment.Api.Benchmarks.Load;

/// <summary>The bounds of one submission load run: how many respondents submit at once, and for how long.</summary>
/// <param name="Concurrency">Concurrent respondents (1 to 256).</param>
/// <param name="Duration">How long they submit (1 to 300 s); the close is issued halfway.</param>
internal sealed record SubmitLoadOptions(int Concurrency, TimeSpan Duration)
{
    public const int MaxConcurrency = 256;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(300);

    /// <summary>Reads <c>--concurrency N --seconds T</c>; throws <see cref="ArgumentException"/> naming the bad option.</summary>
    public static SubmitLoadOptions Parse(IReadOnlyList<string> args)
    {
        var concurrency = 64;
        var seconds = 60;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--concurrency":
                    concurrency = Number(value, "--concurrency", 1, MaxConcurrency);
                    i++;
                    break;
                case "--seconds":
                    seconds = Number(value, "--seconds", 1, (int)MaxDuration.TotalSeconds);
                    i++;
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}' (use --concurrency N --seconds T).");
            }
        }

        return new SubmitLoadOptions(concurrency, TimeSpan.FromSeconds(seconds));
    }

    private static int Number(string? value, string option, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ArgumentException($"{option} needs a whole number from {min} to {max}.");
}
