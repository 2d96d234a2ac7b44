using System.CommandLine;
using WellnessAssessment.Cli.Infrastructure;

namespace WellnessAssessment.Cli.Commands;

/// <summary><c>wellness validate FILE</c>: checks a custom instrument and prints every error with its JSON path.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("INSTRUMENT.json") { Description = "The instrument JSON file to check." };
        var command = new Command("validate", "Validate a custom instrument; every error is printed with its JSON path.\nExample: wellness validate my-instrument.json") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            var instrument = InputFiles.ReadInstrument(path);
            console.Out.WriteLine(
                $"{path}: valid — {instrument.Id} {instrument.Version}, {instrument.Sections.Count} sections, {instrument.Domains.Count()} domains, " +
                $"{instrument.Items.Count()} items, {instrument.Groups.Count} groups.");
            return ExitCodes.Success;
        });
        return command;
    }
}
