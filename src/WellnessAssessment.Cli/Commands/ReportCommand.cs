using System.CommandLine;
using WellnessAssessment.Cli.Infrastructure;
using WellnessAssessment.Reports;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Cli.Commands;

/// <summary><c>wellness report</c>: writes the PDF action plan, and optionally the accessible HTML report.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var responses = CommonOptions.Responses();
        var instrumentOption = CommonOptions.Instrument();
        var previous = new Option<string?>("--previous") { Description = "An earlier result (JSON from 'wellness score') to show the trend against.", HelpName = "FILE" };
        var output = CommonOptions.Output("Where to write the PDF.");
        output.Required = true;
        var html = new Option<string?>("--html") { Description = "Also write the accessible HTML report (for publishing; Section 508) to this file.", HelpName = "FILE" };
        var logo = new Option<string?>("--logo") { Description = "A PNG or JPEG logo for the cover.", HelpName = "FILE" };
        var accent = new Option<string?>("--accent") { Description = "The accent colour, \"#RRGGBB\" (default #1F4E79).", HelpName = "COLOR" };
        var agencyName = new Option<string?>("--agency-name") { Description = "The agency name to print (default: the response set's).", HelpName = "NAME" };
        var period = new Option<string?>("--period") { Description = "The assessment period for the cover, for example \"Spring 2026\".", HelpName = "TEXT" };
        var createdAt = new Option<DateTimeOffset?>("--date") { Description = "The report date written into the report and the PDF metadata (default: now); fix it for byte-identical reports, for example 2026-11-22T12:00:00Z.", HelpName = "DATE" };
        var scoring = new ScoringOptionArguments();
        var benchmark = CommonOptions.Benchmark();
        var headcounts = CommonOptions.Headcounts();
        var command = new Command("report", "Write the PDF action plan (and, with --html, the accessible HTML report).\nExample: wellness report --responses responses.json -o action-plan.pdf --accent \"#1F4E79\" --period \"Spring 2026\"")
        {
            responses, instrumentOption, previous, benchmark, headcounts, output, html, logo, accent, agencyName, period, createdAt,
        };
        var profile = ProfileOptions.AddTo(command);
        foreach (var option in scoring.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var (result, instrument) = ScoreCommand.Score(parse, console, responses, instrumentOption, previous, scoring, profile, benchmark, headcounts);
            var options = new ReportOptions
            {
                AccentColor = parse.GetValue(accent) ?? new ReportOptions().AccentColor,
                Logo = parse.GetValue(logo) is { } logoPath ? ReadLogo(logoPath) : ReadOnlyMemory<byte>.Empty,
            };
            var content = new ReportContent(result, instrument)
            {
                AgencyDisplayName = parse.GetValue(agencyName),
                AssessmentPeriod = parse.GetValue(period),
                CreatedAt = parse.GetValue(createdAt),
            };
            var pdfPath = parse.GetRequiredValue(output);
            if (pdfPath == InputFiles.StandardInput)
            {
                throw new BadInputException("--output: a PDF cannot go to standard output; give a file name such as action-plan.pdf.");
            }

            try
            {
                OutputFile.Write(pdfPath, console.Out, stream => new PdfReportWriter(options).Write(content, stream));
                if (parse.GetValue(html) is { } htmlPath)
                {
                    OutputFile.Write(htmlPath, console.Out, stream => new HtmlReportWriter(options).Write(content, stream));
                }
            }
            catch (AssessmentValidationException exception)
            {
                throw new BadInputException([.. exception.Errors.Select(error => $"report: {error.Message}")]);
            }

            console.Error.WriteLine($"Wrote {pdfPath}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static byte[] ReadLogo(string path)
    {
        var bytes = InputFiles.ReadBytes(path, "a PNG or JPEG logo");
        return bytes.Length > 0 ? bytes : throw new BadInputException($"{path}: the logo file is empty; expected a PNG or JPEG image.");
    }
}
