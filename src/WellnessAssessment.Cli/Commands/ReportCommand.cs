using System.CommandLine;

namespace WellnessAssessment.Cli.Commands;

/// <summary><c>wellness report</c>: writes the PDF action plan (when this build includes the reports library).</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var responses = CommonOptions.Responses();
        var instrumentOption = CommonOptions.Instrument();
        var previous = new Option<string?>("--previous") { Description = "An earlier result (JSON) to show the trend against.", HelpName = "FILE" };
        var output = CommonOptions.Output("Where to write the PDF.");
        output.Required = true;
        var logo = new Option<string?>("--logo") { Description = "A PNG or JPEG logo for the cover.", HelpName = "FILE" };
        var accent = new Option<string?>("--accent") { Description = "The accent colour, \"#RRGGBB\".", HelpName = "COLOR" };
        var agencyName = new Option<string?>("--agency-name") { Description = "The agency name to print (default: the response set's).", HelpName = "NAME" };
        var command = new Command("report", "Write the PDF action plan.\nExample: wellness report --responses responses.json -o action-plan.pdf --accent \"#1F4E79\"")
        {
            responses, instrumentOption, previous, output, logo, accent, agencyName,
        };
        command.SetAction(_ =>
        {
            console.Error.WriteLine("wellness: PDF reports are not available in this build yet (the reports library is not included). Use 'wellness score --format text' or the JSON result meanwhile.");
            return ExitCodes.Unexpected;
        });
        return command;
    }
}
