using WellnessAssessment.Serialization;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Instruments;

/// <summary>
/// Loads instruments from JSON and validates them with <see cref="InstrumentValidator"/>. Either a valid instrument is
/// returned or an <see cref="AssessmentValidationException"/> lists every problem; nothing partial is returned.
/// </summary>
public static class InstrumentLoader
{
    private static readonly InstrumentValidator Validator = new();

    /// <summary>Reads and validates an instrument from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON stream; left open.</param>
    /// <exception cref="AssessmentValidationException">The JSON is malformed or the instrument is invalid.</exception>
    public static Instrument Load(Stream utf8Json) => EnsureValid(WellnessJson.ReadInstrumentUnvalidated(utf8Json));

    /// <summary>Reads and validates an instrument from UTF-8 JSON asynchronously.</summary>
    /// <param name="utf8Json">The JSON stream; left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="AssessmentValidationException">The JSON is malformed or the instrument is invalid.</exception>
    public static async ValueTask<Instrument> LoadAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        EnsureValid(await WellnessJson.ReadAsync(utf8Json, WellnessJson.TypeInfo<Instrument>(), "instrument", cancellationToken).ConfigureAwait(false));

    /// <summary>Reads and validates an instrument from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="AssessmentValidationException">The JSON is malformed or the instrument is invalid.</exception>
    public static Instrument Parse(string json) => EnsureValid(WellnessJson.Read(json, WellnessJson.TypeInfo<Instrument>(), "instrument"));

    /// <summary>Reads and validates an instrument from a file.</summary>
    /// <param name="path">The path of a JSON file.</param>
    /// <exception cref="AssessmentValidationException">The JSON is malformed or the instrument is invalid.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Instrument LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>
    /// Checks an instrument built in code: every problem, each with its JSON path (subject <c>instrument</c>); call
    /// <see cref="ValidationOutcome.ThrowIfInvalid"/> on the outcome to stop at an invalid instrument.
    /// </summary>
    /// <param name="instrument">The instrument.</param>
    public static ValidationOutcome Validate(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return new("instrument", ValidationErrors.From(Validator.Validate(instrument)));
    }

    internal static Instrument EnsureValid(Instrument instrument)
    {
        Validate(instrument).ThrowIfInvalid();
        return instrument;
    }
}
