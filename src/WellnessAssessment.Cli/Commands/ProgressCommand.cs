using System.CommandLine;
using WellnessAssessment.Cli.Infrastructure;
using WellnessAssessment.Cli.Output;
using WellnessAssessment.Instruments;
using WellnessAssessment.Register;
using WellnessAssessment.Serialization;

namespace WellnessAssessment.Cli.Commands;

/// <summary>
/// <c>wellness progress</c>: what the agency did and what changed, offline. Scores the later responses, then puts each
/// action of the register beside the change of its item and domain since the earlier result.
/// </summary>
internal static class ProgressCommand
{
    public static Command Create(CliConsole console)
    {
        var register = new Option<string>("--register") { Description = "The action register (JSON; see docs/register.md).", HelpName = "FILE", Required = true };
        var previous = new Option<string>("--previous") { Description = "The earlier result the actions were adopted from (JSON from 'wellness score').", HelpName = "FILE", Required = true };
        var responses = CommonOptions.Responses();
        var instrumentOption = CommonOptions.Instrument();
        var format = new Option<string>("--format", "-f") { Description = "text (a readable summary) or json (the progress report of the contract).", DefaultValueFactory = _ => "text", HelpName = "text|json" };
        format.AcceptOnlyFromAmong("json", "text");
        var output = CommonOptions.Output("Where to write the progress (default: standard output).");
        var command = new Command(
            "progress",
            "Show what the agency did and what changed: each action of the register beside the change of its item and domain (with 95% intervals) " +
            "from the earlier result to the later responses, items that moved without an action, and actions whose item did not move.\n" +
            "Example: wellness progress --register register.json --previous autumn.json --responses spring.json")
        {
            register, previous, responses, instrumentOption, format, output,
        };
        command.SetAction(parse =>
        {
            var registerPath = parse.GetRequiredValue(register);
            var actions = InputFiles.Located(registerPath, () =>
            {
                var read = WellnessJson.ReadRegister(InputFiles.ReadText(registerPath, "an action register (JSON)"));
                read.Validate().ThrowIfInvalid();
                return read;
            });
            var previousPath = parse.GetRequiredValue(previous);
            var earlier = InputFiles.ReadResult(previousPath);
            var responsesPath = parse.GetRequiredValue(responses);
            var set = InputFiles.ReadResponseSet(responsesPath, console.In, ProgressBar.ForFile(console, "Reading", responsesPath));
            var instrument = InstrumentResolver.Resolve(parse.GetValue(instrumentOption), set.Instrument);
            var crosswalk = earlier.Instrument is { } from ? InstrumentCatalog.BuiltIn.FindCrosswalk(from, instrument.Reference) : null;
            var later = InputFiles.Located(InputFiles.DisplayName(responsesPath), () => new Scoring.AssessmentScorer().Score(instrument, set));
            var report = InputFiles.Located(previousPath, () => ProgressCalculator.Compute(actions, earlier, later, crosswalk));
            var text = parse.GetValue(format) == "json" ? WellnessJson.Serialize(report, indented: true) + "\n" : TextProgressFormatter.Format(report, instrument);
            OutputFile.WriteText(parse.GetValue(output), console.Out, text);
            return ExitCodes.Success;
        });
        return command;
    }
}
