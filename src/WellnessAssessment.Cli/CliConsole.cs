namespace WellnessAssessment.Cli;

/// <summary>
/// Where the tool reads and writes: <c>-</c> as an input file reads <paramref name="In"/>; results go to
/// <paramref name="Out"/>, diagnostics and progress to <paramref name="Error"/>.
/// </summary>
/// <param name="In">Standard input.</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal (progress bars are drawn only then).</param>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, bool ErrorIsTerminal);
