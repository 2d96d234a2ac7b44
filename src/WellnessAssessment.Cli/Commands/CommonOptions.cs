using System.CommandLine;

namespace WellnessAssessment.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string?> Instrument() => new("--instrument", "-i")
    {
        Description = "A built-in instrument id (safer-together, or safer-together@1.0.0) or the path of an instrument JSON file. Default: the response set's own instrument.",
        HelpName = "ID|FILE",
    };

    public static Option<string?> Output(string description) => new("--output", "-o")
    {
        Description = description,
        HelpName = "FILE",
    };

    public static Option<string> Responses() => new("--responses", "-r")
    {
        Description = "The response set (JSON, as 'wellness import' writes it); - reads standard input.",
        HelpName = "FILE",
        Required = true,
    };
}
