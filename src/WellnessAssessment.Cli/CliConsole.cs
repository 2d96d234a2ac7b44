namespace WellnessAssessment.Cli;

/// <summary>Where the tool writes: results to <paramref name="Out"/>, diagnostics and progress to <paramref name="Error"/>.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal (progress bars are drawn only then).</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal);
