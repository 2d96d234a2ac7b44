using WellnessAssessment.Instruments;

namespace WellnessAssessment.Cli.Infrastructure;

/// <summary>
/// Resolves <c>--instrument</c>: a built-in id, an id with a version (<c>id@1.0.0</c>), or the path of an instrument JSON
/// file. Without it, the response set's own <c>instrument</c> field decides, and without that the <see cref="Default"/>.
/// </summary>
internal static class InstrumentResolver
{
    /// <summary>
    /// The package's first built-in instrument (the catalog lists the embedded files in name order, so this is the
    /// first version of the first instrument): CSV exports and response sets made without naming an instrument keep
    /// meaning what they meant when a later version is added. Name the version to use another.
    /// </summary>
    public static Instrument Default => InstrumentCatalog.BuiltIn.Instruments[0];

    /// <summary>
    /// The instrument of a CSV export without <c>--instrument</c>: the version of the default id whose items the header
    /// names most often (the newest on a tie), so last year's export of an earlier version imports as that version.
    /// </summary>
    public static Instrument ForHeader(IReadOnlyList<string> header, IReadOnlyCollection<string> ignoredColumns) =>
        InstrumentCatalog.BuiltIn.Instruments
            .Where(instrument => instrument.Id == Default.Id)
            .OrderByDescending(instrument => Import.CsvResponseImporter.ItemColumnsNamed(instrument, header, ignoredColumns))
            .ThenByDescending(instrument => Version.Parse(instrument.Version))
            .First();

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
