using System.Globalization;
using WellnessAssessment.Scoring;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Instruments;

/// <summary>
/// A set of instruments found by id and version. <see cref="BuiltIn"/> holds the instruments embedded in this package
/// (the organizational wellness self-assessment this product ships with); <see cref="With"/> adds custom ones. Catalogs are immutable.
/// </summary>
public sealed class InstrumentCatalog
{
    private const string ResourcePrefix = "WellnessAssessment.Instruments.";
    private static readonly Lazy<InstrumentCatalog> BuiltInCatalog = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Instrument[] _instruments;
    private const string CrosswalkPrefix = "WellnessAssessment.Crosswalks.";
    private readonly CompiledInstrument[] _compiled;
    private readonly InstrumentCrosswalk[] _crosswalks;

    /// <summary>Creates a catalog of the given instruments, each validated and compiled once, here.</summary>
    /// <param name="instruments">Instruments with distinct id and version pairs.</param>
    /// <exception cref="AssessmentValidationException">An instrument is invalid, or two share an id and version (subject <c>instrument catalog</c>).</exception>
    public InstrumentCatalog(IEnumerable<Instrument> instruments)
        : this(Compile(instruments), [])
    {
    }

    /// <summary>Creates a catalog of the given instruments and the crosswalks between their versions, each validated; instruments are compiled once, here.</summary>
    /// <param name="instruments">Instruments with distinct id and version pairs.</param>
    /// <param name="crosswalks">Crosswalks whose two versions are both in <paramref name="instruments"/>.</param>
    /// <exception cref="AssessmentValidationException">An instrument or a crosswalk is invalid, or two instruments share an id and version.</exception>
    public InstrumentCatalog(IEnumerable<Instrument> instruments, IEnumerable<InstrumentCrosswalk> crosswalks)
        : this(Compile(instruments), crosswalks)
    {
    }

    private InstrumentCatalog(CompiledInstrument[] compiled, IEnumerable<InstrumentCrosswalk> crosswalks)
    {
        ArgumentNullException.ThrowIfNull(crosswalks);
        _compiled = compiled;
        _instruments = [.. compiled.Select(instrument => instrument.Instrument)];
        var first = new Dictionary<InstrumentReference, int>();
        for (var i = 0; i < _instruments.Length; i++)
        {
            if (!first.TryAdd(_instruments[i].Reference, i))
            {
                throw new AssessmentValidationException("instrument catalog", [new ValidationError(
                    $"[{i}]", $"{_instruments[i].Id} {_instruments[i].Version} is already instrument [{first[_instruments[i].Reference]}] of the catalog")]);
            }
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
    /// <exception cref="AssessmentValidationException"><paramref name="instrument"/> is invalid or its id and version are already in the catalog.</exception>
    public InstrumentCatalog With(Instrument instrument) => new([.. _compiled, CompiledInstrument.Compile(instrument)], _crosswalks);

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

    /// <summary>Finds an instrument, compiled when the catalog was created, by id and version; with no version, the highest version of that id.</summary>
    /// <param name="id">The instrument id.</param>
    /// <param name="version">The exact version, or <see langword="null"/> for the latest.</param>
    /// <returns>The compiled instrument, or <see langword="null"/> when there is none.</returns>
    public CompiledInstrument? FindCompiled(string id, string? version = null) =>
        Find(id, version) is { } instrument ? _compiled[Array.IndexOf(_instruments, instrument)] : null;

    /// <summary>Finds the compiled instrument a response set names, or reports which part of the reference is unknown.</summary>
    /// <param name="reference">The response set's <c>instrument</c> field.</param>
    /// <returns>The compiled instrument, ready for <see cref="AssessmentScorer.Score(CompiledInstrument, WellnessAssessment.Responses.ResponseSet, WellnessAssessment.Results.AssessmentResult?, InstrumentCrosswalk?)"/>.</returns>
    /// <exception cref="AssessmentValidationException">No instrument has that id, or none of that id has that version (paths <c>instrument.id</c> or <c>instrument.version</c>).</exception>
    public CompiledInstrument ResolveCompiled(InstrumentReference reference) => _compiled[Array.IndexOf(_instruments, Resolve(reference))];

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
                return CompiledInstrument.CompileValidated(InstrumentLoader.Load(stream));
            })
            .OrderBy(compiled => compiled.Instrument.Id, StringComparer.Ordinal)
            .ThenBy(compiled => ParseVersion(compiled.Instrument.Version));
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
        return new InstrumentCatalog([.. instruments], crosswalks);
    }

    private static CompiledInstrument[] Compile(IEnumerable<Instrument> instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        return [.. instruments.Select(CompiledInstrument.Compile)];
    }
}
