namespace WellnessAssessment.Cli.Output;

/// <summary>A one-line progress bar on standard error, drawn only when it is a terminal and the work is large.</summary>
internal sealed class ProgressBar(TextWriter error, string label) : IProgress<double>
{
    private const int Width = 30;
    private int _lastPercent = -1;

    /// <summary>Imports of more rows than this draw a bar.</summary>
    public const int MinimumRows = 5_000;

    /// <summary>Response set files larger than this (about 5,000 responses of indented JSON) draw a bar while they are read.</summary>
    public const long MinimumBytes = 5_000L * 1_000;

    public static IProgress<double>? For(CliConsole console, string label, int rows) =>
        console.ErrorIsTerminal && rows > MinimumRows ? new ProgressBar(console.Error, label) : null;

    public static IProgress<double>? ForFile(CliConsole console, string label, string path) =>
        console.ErrorIsTerminal && File.Exists(path) && new FileInfo(path).Length > MinimumBytes ? new ProgressBar(console.Error, label) : null;

    public void Report(double value)
    {
        var percent = (int)Math.Clamp(value * 100, 0, 100);
        if (percent == _lastPercent)
        {
            return;
        }

        _lastPercent = percent;
        var filled = percent * Width / 100;
        error.Write($"\r{label} [{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}%");
        if (percent == 100)
        {
            error.WriteLine();
        }

        error.Flush();
    }
}
