using System.CommandLine;
using WellnessAssessment.Instruments;

namespace WellnessAssessment.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string?> Instrument() => new("--instrument", "-i")
    {
        Description = $"A built-in instrument id ({BuiltInExamples}) or the path of an instrument JSON file. Default: the response set's own instrument.",
        HelpName = "ID|FILE",
    };

    /// <summary>The built-in instruments as <c>id</c> or <c>id@version</c>, for help texts.</summary>
    public static string BuiltInExamples =>
        InstrumentCatalog.BuiltIn.Instruments[0] is { } first ? $"{first.Id}, or {first.Id}@{first.Version}" : "none";

    public static Option<string?> Output(string description) => new("--output", "-o")
    {
        Description = description,
        HelpName = "FILE",
    };

    public static Option<string?> Benchmark() => new("--benchmark")
    {
        Description = "Peer norms (JSON from 'wellness benchmark build') to compare the agency with agencies of similar size.",
        HelpName = "FILE",
    };

    public static Option<string?> Headcounts() => new("--headcounts")
    {
        Description = "Expected staff per group and in total (JSON: {\"total\": 120, \"groups\": {\"line-officer\": 80}}), to report participation rates.",
        HelpName = "FILE",
    };

    public static Option<string> Responses() => new("--responses", "-r")
    {
        Description = "The response set (JSON, as 'wellness import' writes it); - reads standard input.",
        HelpName = "FILE",
        Required = true,
    };
}
