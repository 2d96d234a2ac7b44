using System.CommandLine;
using System.Text.RegularExpressions;
using WellnessAssessment.Cli.Infrastructure;
using WellnessAssessment.Norms;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Cli.Commands;

/// <summary>
/// <c>wellness benchmark build</c>: builds portable peer norms from many agencies' results (JSON from
/// <c>wellness score</c>), for <c>--benchmark</c> on <c>score</c> and <c>report</c>.
/// </summary>
internal static partial class BenchmarkCommand
{
    public static Command Create(CliConsole console)
    {
        var results = new Argument<string[]>("results")
        {
            Description = "The agencies' results (JSON from 'wellness score'), one per agency; a folder stands for its *.json files.",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "RESULT",
        };
        var output = CommonOptions.Output("Where to write the norms (default: standard output).");
        var minimum = new Option<int>("--min-agencies")
        {
            Description = $"A cell is published only with at least this many agencies (default and smallest: {NormsOptions.SmallestAllowedMinimumAgencies}).",
            DefaultValueFactory = _ => NormsOptions.SmallestAllowedMinimumAgencies,
            HelpName = "N",
        };
        var exclude = new Option<string[]>("--exclude-agency")
        {
            Description = "Leave this agency id out (repeatable): norms to compare that agency with, so it is not among its own peers.",
            HelpName = "ID",
        };
        var build = new Command("build", "Build peer norms (a benchmark) from agencies' results of one instrument and major version.\nNo agency id or name goes into the norms; cells under the minimum, or recoverable by subtraction, are withheld.\nExample: wellness benchmark build results/*.json -o norms.json")
        {
            results, output, minimum, exclude,
        };
        build.SetAction(parse =>
        {
            var files = Expand(parse.GetRequiredValue(results));
            var excluded = new HashSet<string>(parse.GetValue(exclude) ?? [], StringComparer.Ordinal);
            var read = files.Select(file => (File: file, Result: InputFiles.ReadResult(file))).ToList();
            var unknown = excluded.Where(id => read.All(r => r.Result.Agency?.Id != id)).ToArray();
            if (unknown.Length > 0)
            {
                throw new BadInputException([.. unknown.Select(id => $"--exclude-agency: no result names agency '{id}'.")]);
            }

            var kept = read.Where(r => r.Result.Agency?.Id is not { } id || !excluded.Contains(id)).ToList();
            if (kept.Count == 0)
            {
                throw new BadInputException("--exclude-agency: every result was excluded; nothing is left to build norms from.");
            }

            PeerNormsBuilder builder;
            try
            {
                builder = new PeerNormsBuilder(new NormsOptions { MinimumAgencies = parse.GetValue(minimum) });
            }
            catch (AssessmentValidationException exception)
            {
                throw new BadInputException([.. exception.Errors.Select(error => $"--min-agencies: {error.Message}")]);
            }

            PeerNorms norms;
            try
            {
                // The library's leave-one-out, as the API's: the excluded agencies are left out before any cell is built.
                norms = builder.BuildWithout(read.Select(r => r.Result), excluded)!;
            }
            catch (AssessmentValidationException exception)
            {
                throw new BadInputException([.. exception.Errors.Select(error => Locate(error, kept.Select(r => r.File).ToList()))]);
            }

            OutputFile.WriteText(parse.GetValue(output), console.Out, WellnessJson.Serialize(norms, indented: true) + "\n");
            var overall = norms.FindCell(NormScope.Overall, null, null);
            console.Error.WriteLine(overall is { Withheld: false }
                ? $"Built norms from {kept.Count} agencies ({norms.Cells.Count(c => !c.Withheld)} of {norms.Cells.Count} cells published)."
                : $"Built norms from {kept.Count} agencies: fewer than {norms.MinimumAgencies}, so every cell is withheld.");
            return ExitCodes.Success;
        });

        return new Command("benchmark", "Peer norms (benchmarks): compare an agency with agencies of similar size.\nExample: wellness benchmark build results/*.json -o norms.json && wellness report --responses r.json --benchmark norms.json -o plan.pdf")
        {
            build,
        };
    }

    /// <summary>Reads norms for <c>--benchmark</c> and compares the result with them; norms of another instrument are bad input.</summary>
    public static AssessmentResult Compare(AssessmentResult result, string normsPath, CliConsole console)
    {
        var norms = InputFiles.ReadNorms(normsPath);
        var comparison = PeerComparer.Compare(result, norms);
        switch (comparison.Status)
        {
            case PeerComparisonStatus.DifferentInstrument:
                throw new BadInputException($"{normsPath}: the norms are of {norms.Instrument}, the result of {result.Instrument}; build norms from results of the same instrument and major version.");
            case PeerComparisonStatus.OwnContribution:
                console.Error.WriteLine($"{normsPath}: this result is one of the norms' contributions, so it is not compared with itself; build norms without it (wellness benchmark build … --exclude-agency {result.Agency?.Id}).");
                break;
            case PeerComparisonStatus.NoQualifyingCell:
                console.Error.WriteLine($"{normsPath}: no cell of the norms holds at least {norms.MinimumAgencies} agencies to compare with.");
                break;
        }

        return result with { PeerComparison = comparison };
    }

    private static List<string> Expand(string[] arguments)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                var inFolder = Directory.GetFiles(argument, "*.json").Order(StringComparer.Ordinal).ToArray();
                if (inFolder.Length == 0)
                {
                    throw new BadInputException($"{argument}: the folder holds no .json result.");
                }

                files.AddRange(inFolder);
            }
            else
            {
                files.Add(argument);
            }
        }

        return files;
    }

    /// <summary>Names the file of an error at <c>results[i]…</c>: <c>FILE: path: message</c>.</summary>
    private static string Locate(ValidationError error, List<string> files)
    {
        var match = ResultIndex().Match(error.Path);
        if (!match.Success)
        {
            return $"results: {error.Message}";
        }

        var file = files[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)];
        var path = error.Path[match.Length..].TrimStart('.');
        var message = OtherIndex().Replace(error.Message, m => files[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
        return path.Length == 0 ? $"{file}: {message}" : $"{file}: {path}: {message}";
    }

    [GeneratedRegex(@"^results\[(\d+)\]")]
    private static partial Regex ResultIndex();

    [GeneratedRegex(@"results\[(\d+)\]")]
    private static partial Regex OtherIndex();
}
