using System.CommandLine;
using WellnessAssessment.Cli.Csv;
using WellnessAssessment.Cli.Import;
using WellnessAssessment.Cli.Infrastructure;
using WellnessAssessment.Cli.Output;
using WellnessAssessment.Responses;

namespace WellnessAssessment.Cli.Commands;

/// <summary><c>wellness import</c>: a survey tool's CSV export to a response set; all or nothing.</summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var csv = new Option<string>("--csv") { Description = "The CSV export (UTF-8 with or without BOM; comma or semicolon); - reads standard input.", HelpName = "FILE", Required = true };
        var instrumentOption = CommonOptions.Instrument();
        instrumentOption.Description = $"A built-in instrument id, id@version, or an instrument JSON file (default: the newest version of {InstrumentResolver.Default.Id} whose items the header names).";
        var output = CommonOptions.Output("Where to write the response set JSON (default: standard output).");
        var ignore = new Option<string[]>("--ignore-column") { Description = "A column to skip, such as a timestamp or email column (repeatable). Skipped columns are never stored.", HelpName = "NAME", AllowMultipleArgumentsPerToken = false };
        var agencyId = new Option<string?>("--agency-id") { Description = "The agency id to record in the response set.", HelpName = "ID" };
        var agencyName = new Option<string?>("--agency-name") { Description = "The agency name to record in the response set.", HelpName = "NAME" };
        var command = new Command(
            "import",
            "Convert a CSV export into a response set. Columns: group (id or title), optional respondentId, one per item (id or question text).\n" +
            "Answers: 0–4 or a label (Established), DK / Don't know, NA / Not applicable, blank = unanswered. Rows are numbered as in a spreadsheet (header = row 1).\n" +
            "Agency profile (chooses the advice that fits): --size, --own-academy, --dispatch, --employee-assistance, --union.\n" +
            "Example: wellness import --csv forms-export.csv --ignore-column Timestamp --agency-name \"Riverside PD\" --size 11-49 --own-academy no -o responses.json")
        {
            csv, instrumentOption, output, ignore, agencyId, agencyName,
        };
        var profileOptions = ProfileOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(csv);
            using var input = CsvInput.Open(path, "a CSV export with a header row", console.In);
            using var reader = new CsvRecordReader(input.Path, input.Source);
            var ignored = parse.GetValue(ignore) ?? [];
            var instrument = parse.GetValue(instrumentOption) is { } chosen
                ? InstrumentResolver.Resolve(chosen)
                : InstrumentResolver.ForHeader(reader.Header, ignored);
            var name = parse.GetValue(agencyName);
            var id = parse.GetValue(agencyId);
            var agency = name is null && id is null ? null : new AgencyInfo(id ?? Slug(name!), name ?? id!);
            if (profileOptions.Read(parse, null) is { } profile)
            {
                agency = agency is null
                    ? throw new BadInputException("--size, --own-academy, --dispatch, --employee-assistance, --union: the agency profile needs --agency-name or --agency-id.")
                    : agency with { Profile = profile };
            }

            var importer = new CsvResponseImporter(instrument, ignored);
            var progress = ProgressBar.For(console, "Importing", input.Lines);
            var destination = parse.GetValue(output);
            var count = 0;
            // Responses stream from the CSV into the JSON; a problem anywhere discards the staged output whole.
            OutputFile.WriteAllOrNothing(destination, console.Out, stream =>
            {
                using var writer = new ResponseSetJsonWriter(stream, instrument.Reference, agency);
                count = importer.Import(reader, input.Source, writer.Write, progress);
                writer.Complete();
            });
            if (destination is not null)
            {
                console.Error.WriteLine($"Imported {count} responses from {input.Source} into {destination}.");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Slug(string name)
    {
        var slug = new string([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return slug.Length == 0 ? "agency" : slug[..Math.Min(slug.Length, Validation.Identifiers.MaxLength)].TrimEnd('-');
    }
}
