using System.Globalization;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Instruments;

/// <summary>
/// A set of instruments found by id and version. <see cref="BuiltIn"/> holds the instruments embedded in this package
/// (the Safer Together self-assessment); <see cref="With"/> adds custom ones. Catalogs are immutable.
/// </summary>
public sealed class InstrumentCatalog
{
    private const string ResourcePrefix = "WellnessAssessment.Instruments.";
    private const string CrosswalkPrefix = "WellnessAssessment.Crosswalks.";
    private static readonly Lazy<InstrumentCatalog> BuiltInCatalog = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Instrument[] _instruments;
    private readonly InstrumentCrosswalk[] _crosswalks;

    /// <summary>Creates a catalog of the given instruments, each validated.</summary>
    /// <param name="instruments">Instruments with distinct id and version pairs.</param>
    /// <exception cref="AssessmentValidationException">An instrument is invalid.</exception>
    /// <exception cref="ArgumentException">Two instruments share an id and version.</exception>
    public InstrumentCatalog(IEnumerable<Instrument> instruments)
        : this(instruments, [])
    {
    }

    /// <summary>Creates a catalog of the given instruments and the crosswalks between their versions, each validated.</summary>
    /// <param name="instruments">Instruments with distinct id and version pairs.</param>
    /// <param name="crosswalks">Crosswalks whose two versions are both in <paramref name="instruments"/>.</param>
    /// <exception cref="AssessmentValidationException">An instrument or a crosswalk is invalid.</exception>
    /// <exception cref="ArgumentException">Two instruments share an id and version.</exception>
    public InstrumentCatalog(IEnumerable<Instrument> instruments, IEnumerable<InstrumentCrosswalk> crosswalks)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        ArgumentNullException.ThrowIfNull(crosswalks);
        _instruments = [.. instruments.Select(InstrumentLoader.EnsureValid)];
        var duplicate = _instruments.GroupBy(instrument => instrument.Reference).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The catalog holds {duplicate.Key} more than once.", nameof(instruments));
        }

        _crosswalks = [.. crosswalks.Select(crosswalk => CrosswalkValidator.EnsureValid(crosswalk, Find(crosswalk.From.Id, crosswalk.From.Version), Find(crosswalk.To.Id, crosswalk.To.Version)))];
    }

    /// <summary>The catalog's crosswalks between instrument versions.</summary>
    public IReadOnlyList<InstrumentCrosswalk> Crosswalks => _crosswalks;

    /// <summary>The crosswalk from <paramref name="from"/> to <paramref name="to"/>, or <see langword="null"/> when the catalog has none.</summary>
    /// <param name="from">The earlier version.</param>
    /// <param name="to">The newer version.</param>
    public InstrumentCrosswalk? FindCrosswalk(InstrumentReference from, InstrumentReference to) =>
        _crosswalks.FirstOrDefault(crosswalk => crosswalk.From == from && crosswalk.To == to);

    /// <summary>The instruments embedded in this package.</summary>
    public static InstrumentCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>The catalog's instruments, in the order given.</summary>
    public IReadOnlyList<Instrument> Instruments => _instruments;

    /// <summary>A new catalog with <paramref name="instrument"/> added.</summary>
    /// <param name="instrument">A valid instrument whose id and version are not in this catalog.</param>
    public InstrumentCatalog With(Instrument instrument) => new([.. _instruments, instrument], _crosswalks);

    /// <summary>
    /// Finds an instrument by id and version; with no version, the highest version of that id.
    /// Returns <see langword="null"/> when there is none.
    /// </summary>
    /// <param name="id">The instrument id.</param>
    /// <param name="version">The exact version, or <see langword="null"/> for the latest.</param>
    public Instrument? Find(string id, string? version = null)
    {
        var candidates = _instruments.Where(instrument => instrument.Id == id);
        return version is null
            ? candidates.OrderByDescending(instrument => ParseVersion(instrument.Version)).FirstOrDefault()
            : candidates.FirstOrDefault(instrument => instrument.Version == version);
    }

    /// <summary>Finds the instrument a response set names, or reports which part of the reference is unknown.</summary>
    /// <param name="reference">The response set's <c>instrument</c> field.</param>
    /// <exception cref="AssessmentValidationException">No instrument has that id, or none of that id has that version (paths <c>instrument.id</c> or <c>instrument.version</c>).</exception>
    public Instrument Resolve(InstrumentReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (string.IsNullOrEmpty(reference.Id))
        {
            throw new AssessmentValidationException("response set", [new ValidationError("instrument.id", "is required")]);
        }

        var versions = _instruments.Where(instrument => instrument.Id == reference.Id).Select(instrument => instrument.Version).ToList();
        if (versions.Count == 0)
        {
            var known = string.Join(", ", _instruments.Select(instrument => instrument.Id).Distinct());
            throw new AssessmentValidationException("response set", [new ValidationError("instrument.id", $"'{reference.Id}' is not a known instrument (known: {known})")]);
        }

        return Find(reference.Id, reference.Version)
            ?? throw new AssessmentValidationException("response set", [new ValidationError(
                "instrument.version",
                $"'{reference.Version}' is not a known version of {reference.Id} (known: {string.Join(", ", versions)})")]);
    }

    private static Version ParseVersion(string version) =>
        System.Version.TryParse(version, out var parsed) ? parsed : new Version(0, 0);

    private static InstrumentCatalog LoadBuiltIn()
    {
        var assembly = typeof(InstrumentCatalog).Assembly;
        var instruments = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)
                    ?? throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "The embedded instrument {0} is missing.", name));
                return InstrumentLoader.Load(stream);
            })
            .ToList();
        var crosswalks = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(CrosswalkPrefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)
                    ?? throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "The embedded crosswalk {0} is missing.", name));
                return Serialization.WellnessJson.ReadCrosswalk(stream);
            })
            .ToList();
        return new InstrumentCatalog(instruments, crosswalks);
    }
}
