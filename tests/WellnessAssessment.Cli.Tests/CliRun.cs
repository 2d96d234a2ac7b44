namespace WellnessAssessment.Cli.Tests;

/// <summary>Runs the tool in-process and captures what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "assessments", "examples", name);

    public static Task<CliRun> RunAsync(params string[] args) => RunWithInputAsync(string.Empty, args);

    public static async Task<CliRun> RunWithInputAsync(string standardInput, params string[] args)
    {
        using var input = new StringReader(standardInput);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await WellnessCli.RunAsync(args, new CliConsole(input, output, error, ErrorIsTerminal: false), CancellationToken.None);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
