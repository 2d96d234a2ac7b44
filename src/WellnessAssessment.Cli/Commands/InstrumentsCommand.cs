using System.CommandLine;
using WellnessAssessment.Instruments;

namespace WellnessAssessment.Cli.Commands;

/// <summary><c>wellness instruments</c>: lists the built-in instruments.</summary>
internal static class InstrumentsCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("instruments", "List the built-in instruments: id, version, title, sections and items.\nExample: wellness instruments");
        command.SetAction(_ =>
        {
            console.Out.WriteLine($"{"ID",-16} {"VERSION",-8} {"SECTIONS",8} {"DOMAINS",8} {"ITEMS",6}  TITLE");
            foreach (var instrument in InstrumentCatalog.BuiltIn.Instruments)
            {
                console.Out.WriteLine($"{instrument.Id,-16} {instrument.Version,-8} {instrument.Sections.Count,8} {instrument.Domains.Count(),8} {instrument.Items.Count(),6}  {instrument.Title}");
                foreach (var section in instrument.Sections)
                {
                    console.Out.WriteLine($"  {section.Title}: {string.Join("; ", section.Domains.Select(d => d.Title))}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
