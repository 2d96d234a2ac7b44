using System.CommandLine;
using WellnessAssessment.ActionPlan;
using WellnessAssessment.Cli.Infrastructure;
using WellnessAssessment.Reports;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Cli.Commands;

/// <summary><c>wellness brief</c>: writes the executive brief (two pages at most) as a tagged PDF or accessible HTML.</summary>
internal static class BriefCommand
{
    public static Command Create(CliConsole console)
    {
        var responses = CommonOptions.Responses();
        var instrumentOption = CommonOptions.Instrument();
        var previous = new Option<string?>("--previous") { Description = "An earlier result (JSON from 'wellness score') for \"what changed since the last cycle\".", HelpName = "FILE" };
        var focus = new Option<string?>("--focus") { Description = "One to three focus areas: domain ids of the instrument, comma-separated, most important first (default: suggested from the plan's priorities).", HelpName = "DOMAIN,DOMAIN" };
        var format = new Option<string>("--format", "-f") { Description = "pdf (tagged PDF) or html (accessible HTML).", DefaultValueFactory = _ => "pdf", HelpName = "pdf|html" };
        format.AcceptOnlyFromAmong("pdf", "html");
        var output = CommonOptions.Output("Where to write the brief.");
        output.Required = true;
        var accent = new Option<string?>("--accent") { Description = "The accent colour, \"#RRGGBB\" (default #1F4E79).", HelpName = "COLOR" };
        var agencyName = new Option<string?>("--agency-name") { Description = "The agency name to print (default: the response set's).", HelpName = "NAME" };
        var period = new Option<string?>("--period") { Description = "The assessment period, for example \"Spring 2026\".", HelpName = "TEXT" };
        var createdAt = new Option<DateTimeOffset?>("--date") { Description = "The brief's date, from which due days are counted (default: now), for example 2026-11-22T12:00:00Z.", HelpName = "DATE" };
        var scoring = new ScoringOptionArguments();
        var headcounts = CommonOptions.Headcounts();
        var command = new Command("brief", "Write the executive brief: two pages at most, the focus areas and their owners first.\nExample: wellness brief --responses responses.json --focus DOMAIN,DOMAIN -o brief.pdf")
        {
            responses, instrumentOption, previous, focus, headcounts, format, output, accent, agencyName, period, createdAt,
        };
        var profile = ProfileOptions.AddTo(command);
        foreach (var option in scoring.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(output);
            if (path == InputFiles.StandardInput && parse.GetValue(format) == "pdf")
            {
                throw new BadInputException("--output: a PDF cannot go to standard output; give a file name such as brief.pdf.");
            }

            var (result, instrument) = ScoreCommand.Score(parse, console, responses, instrumentOption, previous, scoring, profile, headcounts: headcounts);
            var options = new ReportOptions { AccentColor = parse.GetValue(accent) ?? new ReportOptions().AccentColor };
            var content = new ReportContent(result, instrument)
            {
                AgencyDisplayName = parse.GetValue(agencyName),
                AssessmentPeriod = parse.GetValue(period),
                CreatedAt = parse.GetValue(createdAt),
                Plan = parse.GetValue(focus) is { } ids ? new PlanOptions { FocusAreas = Focus(instrument, ids) } : null,
            };
            var writer = new ExecutiveBriefWriter(options);
            try
            {
                OutputFile.Write(path, console.Out, stream =>
                {
                    if (parse.GetValue(format) == "html")
                    {
                        writer.WriteHtml(content, stream);
                    }
                    else
                    {
                        writer.WritePdf(content, stream);
                    }
                });
            }
            catch (AssessmentValidationException exception)
            {
                throw new BadInputException([.. exception.Errors.Select(error => $"brief: {error}")]);
            }

            console.Error.WriteLine($"Wrote {path}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static FocusAreas Focus(WellnessAssessment.Instruments.Instrument instrument, string ids)
    {
        try
        {
            return FocusAreas.Choose(instrument, ids.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }
        catch (AssessmentValidationException exception)
        {
            throw new BadInputException([.. exception.Errors.Select(error => $"--focus: {error}")]);
        }
    }
}
