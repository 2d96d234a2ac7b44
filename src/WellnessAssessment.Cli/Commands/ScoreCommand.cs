using System.CommandLine;
using WellnessAssessment.Cli.Infrastructure;
using WellnessAssessment.Cli.Output;
using WellnessAssessment.Instruments;
using WellnessAssessment.Participation;
using WellnessAssessment.Results;
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
        var scoring = new ScoringOptionArguments();
        var benchmark = CommonOptions.Benchmark();
        var headcounts = CommonOptions.Headcounts();
        var format = new Option<string>("--format", "-f") { Description = "json (the result as the API returns it) or text (a readable summary).", DefaultValueFactory = _ => "json", HelpName = "json|text" };
        format.AcceptOnlyFromAmong("json", "text");
        var output = CommonOptions.Output("Where to write the result (default: standard output).");
        var command = new Command("score", "Score a response set.\nAgency profile options set or override the response set's agency.profile.\nExample: wellness score --responses responses.json --size up-to-10 --format text")
        {
            responses, instrumentOption, previous, benchmark, headcounts, format, output,
        };
        var profile = ProfileOptions.AddTo(command);
        foreach (var option in scoring.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var (result, instrument) = Score(parse, console, responses, instrumentOption, previous, scoring, profile, benchmark, headcounts);
            var text = parse.GetValue(format) == "text"
                ? TextResultFormatter.Format(result, instrument) + PeerComparisonText.Format(result, instrument) + ParticipationText.Format(result)
                : WellnessJson.Serialize(result, indented: true) + "\n";
            OutputFile.WriteText(parse.GetValue(output), console.Out, text);
            return ExitCodes.Success;
        });
        return command;
    }

    internal static (AssessmentResult Result, Instrument Instrument) Score(
        ParseResult parse,
        CliConsole console,
        Option<string> responses,
        Option<string?> instrumentOption,
        Option<string?> previous,
        ScoringOptionArguments scoring,
        ProfileOptions? profile = null,
        Option<string?>? benchmark = null,
        Option<string?>? headcounts = null)
    {
        var path = parse.GetRequiredValue(responses);
        var read = InputFiles.ReadResponseSet(path, console.In, ProgressBar.ForFile(console, "Reading", path));
        var set = profile is null ? read : profile.Apply(parse, read, InputFiles.DisplayName(path));
        var instrument = InstrumentResolver.Resolve(parse.GetValue(instrumentOption), set.Instrument);
        var scorer = scoring.CreateScorer(parse);
        var earlier = parse.GetValue(previous) is { } previousPath ? InputFiles.ReadResult(previousPath) : null;
        if (console.ErrorIsTerminal && set.Responses.Count > ProgressBar.MinimumRows)
        {
            console.Error.WriteLine($"Scoring {set.Responses.Count:N0} responses…");
        }

        var result = InputFiles.Located(InputFiles.DisplayName(path), () => scorer.Score(instrument, set, earlier));
        if (benchmark is not null && parse.GetValue(benchmark) is { } normsPath)
        {
            result = BenchmarkCommand.Compare(result, normsPath, console);
        }

        if (headcounts is not null && parse.GetValue(headcounts) is { } headcountsPath)
        {
            var expected = InputFiles.ReadHeadcounts(headcountsPath, instrument);
            var counts = set.Responses.GroupBy(r => r.Group, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            // A response set holds no submission times, so there is no burst check here.
            result = result with
            {
                Participation = ParticipationCalculator.Compute(instrument.Groups, counts, expected, result.Options.MinimumGroupSize) with
                {
                    IdenticalSheets = IdenticalSheets.Of(set.Responses, result.Options.MinimumGroupSize),
                },
            };
        }

        if (result.Disclosure is { Status: WellnessAssessment.Disclosure.ReleaseStatus.FewerThanMinimum } withheld)
        {
            console.Error.WriteLine($"{withheld.Statement} If these are named answers, such as the chief's own self-assessment, score them with --purpose leadership-self-assessment.");
        }

        return (result, instrument);
    }
}
