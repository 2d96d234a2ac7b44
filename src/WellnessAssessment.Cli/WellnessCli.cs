using System.CommandLine;
using WellnessAssessment.Cli.Commands;
using WellnessAssessment.Cli.Infrastructure;

namespace WellnessAssessment.Cli;

/// <summary>The <c>wellness</c> tool: builds the commands and runs one, mapping failures to exit codes.</summary>
internal static class WellnessCli
{
    public static RootCommand CreateRootCommand(CliConsole console)
    {
        var root = new RootCommand(
            "wellness — score organizational wellness self-assessments of law-enforcement agencies and write action plans.\n" +
            "Example: wellness import --csv export.csv -o responses.json && wellness score --responses responses.json --format text")
        {
            InstrumentsCommand.Create(console),
            ValidateCommand.Create(console),
            TemplateCommand.Create(console),
            ImportCommand.Create(console),
            ScoreCommand.Create(console),
            ReportCommand.Create(console),
            BriefCommand.Create(console),
            ProgressCommand.Create(console),
            BenchmarkCommand.Create(console),
        };
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var root = CreateRootCommand(console);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await console.Error.WriteLineAsync($"wellness: {error.Message}").ConfigureAwait(false);
            }

            var command = parse.CommandResult.Command;
            await console.Error.WriteLineAsync($"Run 'wellness {(command == root ? string.Empty : command.Name + " ")}--help' for usage.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (BadInputException exception)
        {
            foreach (var line in exception.Lines)
            {
                await console.Error.WriteLineAsync(line).ConfigureAwait(false);
            }

            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("wellness: cancelled.").ConfigureAwait(false);
            return ExitCodes.Unexpected;
        }
#pragma warning disable CA1031 // The tool's last line of defence: report, never show a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            await console.Error.WriteLineAsync($"wellness: unexpected error: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.Unexpected;
        }
    }
}
