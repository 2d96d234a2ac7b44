using WellnessAssessment.Instruments;

namespace WellnessAssessment.Cli.Infrastructure;

/// <summary>
/// Resolves <c>--instrument</c>: a built-in id, an id with a version (<c>id@1.0.0</c>), or the path of an instrument JSON
/// file. Without it, the response set's own <c>instrument</c> field decides, and without that the <see cref="Default"/>.
/// </summary>
internal static class InstrumentResolver
{
    /// <summary>The latest version of the package's first built-in instrument.</summary>
    public static Instrument Default => InstrumentCatalog.BuiltIn.Find(InstrumentCatalog.BuiltIn.Instruments[0].Id)!;

    public static Instrument Resolve(string? option, InstrumentReference? fromResponses = null)
    {
        if (option is null)
        {
            if (fromResponses is null)
            {
                return Default;
            }

            return InputFiles.Located("--instrument", () => InstrumentCatalog.BuiltIn.Resolve(fromResponses));
        }

        if (File.Exists(option) || option.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || option.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return InputFiles.ReadInstrument(option);
        }

        var at = option.IndexOf('@', StringComparison.Ordinal);
        var id = at < 0 ? option : option[..at];
        var version = at < 0 ? null : option[(at + 1)..];
        var instrument = InstrumentCatalog.BuiltIn.Find(id, version);
        if (instrument is not null)
        {
            return instrument;
        }

        var known = string.Join(", ", InstrumentCatalog.BuiltIn.Instruments.Select(i => $"{i.Id}@{i.Version}"));
        throw new BadInputException($"--instrument: '{option}' is neither a built-in instrument ({known}) nor an existing file.");
    }
}
