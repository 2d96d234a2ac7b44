using System.CommandLine;
using WellnessAssessment.Cli.Infrastructure;
using WellnessAssessment.Cli.Output;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;

namespace WellnessAssessment.Cli.Commands;

/// <summary><c>wellness score</c>: scores a response set and prints the result as JSON or a readable summary.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliConsole console)
    {
        var responses = CommonOptions.Responses();
        var instrumentOption = CommonOptions.Instrument();
        var previous = new Option<string?>("--previous") { Description = "An earlier result (JSON from 'wellness score') to report the trend against.", HelpName = "FILE" };
        var minGroupSize = new Option<int?>("--min-group-size") { Description = "Groups smaller than this are suppressed (default 5, at least 3).", HelpName = "N" };
        var minCoverage = new Option<double?>("--min-coverage") { Description = "Share of a domain a respondent must answer to count in it (default 0.5).", HelpName = "X" };
        var gapThreshold = new Option<double?>("--gap-threshold") { Description = "Leadership–frontline difference that flags a perception gap (default 15).", HelpName = "X" };
        var format = new Option<string>("--format", "-f") { Description = "json (the result as the API returns it) or text (a readable summary).", DefaultValueFactory = _ => "json", HelpName = "json|text" };
        format.AcceptOnlyFromAmong("json", "text");
        var output = CommonOptions.Output("Where to write the result (default: standard output).");
        var command = new Command("score", "Score a response set.\nAgency profile options set or override the response set's agency.profile.\nExample: wellness score --responses responses.json --size up-to-10 --format text")
        {
            responses, instrumentOption, previous, minGroupSize, minCoverage, gapThreshold, format, output,
        };
        var profile = ProfileOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var result = Score(parse, console, responses, instrumentOption, previous, profile, minGroupSize, minCoverage, gapThreshold);
            var text = parse.GetValue(format) == "text" ? TextResultFormatter.Format(result) : WellnessJson.Serialize(result, indented: true) + "\n";
            OutputFile.WriteText(parse.GetValue(output), console.Out, text);
            return ExitCodes.Success;
        });
        return command;
    }

    internal static AssessmentResult Score(
        ParseResult parse,
        CliConsole console,
        Option<string> responses,
        Option<string?> instrumentOption,
        Option<string?> previous,
        ProfileOptions profile,
        Option<int?>? minGroupSize = null,
        Option<double?>? minCoverage = null,
        Option<double?>? gapThreshold = null)
    {
        var path = parse.GetRequiredValue(responses);
        var set = profile.Apply(parse, InputFiles.ReadResponseSet(path, console.In, ProgressBar.ForFile(console, "Reading", path)), InputFiles.DisplayName(path));
        var instrument = InstrumentResolver.Resolve(parse.GetValue(instrumentOption), set.Instrument);
        var defaults = ScoringOptions.Default;
        var options = defaults with
        {
            MinimumGroupSize = (minGroupSize is null ? null : parse.GetValue(minGroupSize)) ?? defaults.MinimumGroupSize,
            MinimumCoverage = (minCoverage is null ? null : parse.GetValue(minCoverage)) ?? defaults.MinimumCoverage,
            GapThreshold = (gapThreshold is null ? null : parse.GetValue(gapThreshold)) ?? defaults.GapThreshold,
        };
        var scorer = InputFiles.Located("options", () => new AssessmentScorer(options));
        var earlier = parse.GetValue(previous) is { } previousPath ? InputFiles.ReadResult(previousPath) : null;
        if (console.ErrorIsTerminal && set.Responses.Count > ProgressBar.MinimumRows)
        {
            console.Error.WriteLine($"Scoring {set.Responses.Count:N0} responses…");
        }

        return InputFiles.Located(InputFiles.DisplayName(path), () => scorer.Score(instrument, set, earlier));
    }
}
