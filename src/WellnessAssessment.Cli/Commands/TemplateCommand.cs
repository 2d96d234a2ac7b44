using System.CommandLine;
using WellnessAssessment.Cli.Infrastructure;
using WellnessAssessment.Reports.Csv;

namespace WellnessAssessment.Cli.Commands;

/// <summary>
/// <c>wellness template</c>: the CSV header to paste into a survey tool (respondentId, group, one column per item), and a
/// legend file beside it listing each column's question and allowed values, and the groups.
/// </summary>
internal static class TemplateCommand
{
    private static readonly string[] LegendHeader = ["column", "section", "domain", "question", "allowed values"];

    public static Command Create(CliConsole console)
    {
        var instrumentOption = CommonOptions.Instrument();
        var output = CommonOptions.Output("Where to write the CSV header (required); the legend goes to FILE.legend.csv beside it.");
        output.Required = true;
        var command = new Command("template", "Write a CSV header for a survey tool, and a legend of questions and allowed values.\nExample: wellness template -o survey.csv   (also writes survey.legend.csv)")
        {
            instrumentOption,
            output,
        };
        command.SetAction(parse =>
        {
            var instrument = InstrumentResolver.Resolve(parse.GetValue(instrumentOption));
            var path = parse.GetRequiredValue(output);
            string[] header = ["respondentId", "group", .. instrument.Items.Select(item => item.Id), .. (instrument.Outcomes ?? []).Select(outcome => outcome.Id)];
            var scale = instrument.Scale;
            var levels = string.Join("; ", scale.Levels.Select(level => $"{level.Value} = {level.Label}"));
            var legend = new List<IReadOnlyList<string>> { LegendHeader };
            legend.Add(["respondentId", string.Empty, string.Empty, "Optional. Any opaque id; never a name or email.", "text"]);
            legend.Add(["group", string.Empty, string.Empty, "The respondent's group.", string.Join("; ", instrument.Groups.Select(g => $"{g.Id} = {g.Title}"))]);
            foreach (var section in instrument.Sections)
            {
                foreach (var domain in section.Domains)
                {
                    foreach (var item in domain.Items)
                    {
                        var allowed = $"{levels}; DK = don't know{(item.AllowNotApplicable ? "; NA = not applicable" : string.Empty)}; blank = unanswered";
                        legend.Add([item.Id, section.Title, domain.Title, item.Text, allowed]);
                    }
                }
            }

            foreach (var outcome in instrument.Outcomes ?? [])
            {
                var outcomeLevels = string.Join("; ", outcome.Scale.Levels.Select(level => $"{level.Value} = {level.Label}"));
                legend.Add([outcome.Id, "Outcomes", "Not counted in any practice score", outcome.Text, $"{outcomeLevels}; DK = don't know; blank = unanswered"]);
            }

            var legendPath = Path.ChangeExtension(path, null) + ".legend.csv";
            OutputFile.WriteText(path, console.Out, CsvTable.ToText([header]));
            OutputFile.WriteText(legendPath, console.Out, CsvTable.ToText(legend));
            console.Error.WriteLine($"Wrote {path} ({header.Length} columns) and {legendPath}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
