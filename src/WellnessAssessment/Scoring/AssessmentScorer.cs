using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Scoring;

/// <summary>
/// Scores response sets as the scoring method specifies. A scorer is immutable and thread-safe; create one per set of
/// options and reuse it.
/// </summary>
/// <example>
/// <code>
/// var instrument = InstrumentCatalog.BuiltIn.Instruments[0];
/// var result = new AssessmentScorer().Score(instrument, responses);
/// Console.WriteLine($"{result.Overall.Score:F1} ({result.Overall.Band})");
/// </code>
/// </example>
public sealed class AssessmentScorer
{
    private static readonly ScoringOptionsValidator OptionsValidator = new();

    /// <summary>Creates a scorer with the options of the scoring contract (<see cref="ScoringOptions.Default"/>).</summary>
    public AssessmentScorer()
        : this(ScoringOptions.Default)
    {
    }

    /// <summary>Creates a scorer with the given options.</summary>
    /// <param name="options">The options; every result echoes them.</param>
    /// <exception cref="AssessmentValidationException">An option is out of range (paths such as <c>options.minimumGroupSize</c>).</exception>
    public AssessmentScorer(ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ValidationErrors.ThrowIfInvalid("scoring options", OptionsValidator.Validate(options), "options");
        Options = options;
    }

    /// <summary>The options every result of this scorer is computed with.</summary>
    public ScoringOptions Options { get; }

    /// <summary>
    /// Validates the instrument and the response set, scores the responses, and, when <paramref name="previous"/> is
    /// given, compares the result with that earlier assessment. The scorer's <see cref="Options"/> are the one options
    /// object every result echoes; an earlier result of another major version is compared through
    /// <paramref name="crosswalk"/>, or the built-in crosswalk between the two versions
    /// (<see cref="InstrumentCatalog.FindCrosswalk"/>) when none is given.
    /// </summary>
    /// <param name="instrument">The instrument the responses answer.</param>
    /// <param name="responses">The response set; its <c>instrument</c> must name <paramref name="instrument"/>'s id and version.</param>
    /// <param name="previous">An earlier result of the same instrument id, or <see langword="null"/> for no trend.</param>
    /// <param name="crosswalk">The crosswalk from the earlier result's version to <paramref name="instrument"/>'s, or <see langword="null"/> for the built-in one.</param>
    /// <returns>The complete result, never partial, with <see cref="AssessmentResult.Trend"/> set when <paramref name="previous"/> is given.</returns>
    /// <exception cref="AssessmentValidationException">The instrument, the response set or the earlier result is invalid or not comparable; every problem is listed with its path.</exception>
    /// <remarks>This validates and compiles the instrument on every call; to score many response sets, compile it once with <see cref="CompiledInstrument.Compile"/>.</remarks>
    public AssessmentResult Score(Instrument instrument, ResponseSet responses, AssessmentResult? previous = null, InstrumentCrosswalk? crosswalk = null)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(responses);
        return Score(CompiledInstrument.Compile(instrument), responses, previous, crosswalk);
    }

    /// <summary>
    /// Validates the response set against an instrument compiled once, scores it, and, when <paramref name="previous"/> is
    /// given, compares the result with that earlier assessment (through <paramref name="crosswalk"/>, or the built-in
    /// crosswalk when the major versions differ and none is given).
    /// </summary>
    /// <param name="instrument">The compiled instrument the responses answer.</param>
    /// <param name="responses">The response set; its <c>instrument</c> must name the instrument's id and version.</param>
    /// <param name="previous">An earlier result of the same instrument id, or <see langword="null"/> for no trend.</param>
    /// <param name="crosswalk">The crosswalk from the earlier result's version to the instrument's, or <see langword="null"/> for the built-in one.</param>
    /// <returns>The complete result, never partial, with <see cref="AssessmentResult.Trend"/> set when <paramref name="previous"/> is given.</returns>
    /// <exception cref="AssessmentValidationException">The response set or the earlier result is invalid or not comparable; every problem is listed with its path.</exception>
    public AssessmentResult Score(CompiledInstrument instrument, ResponseSet responses, AssessmentResult? previous = null, InstrumentCrosswalk? crosswalk = null)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(responses);
        crosswalk ??= BuiltInCrosswalk(previous, instrument.Instrument.Reference);
        var matrix = ResponseMatrix.TryEncode(instrument, responses);
        if (matrix is null)
        {
            // The fast check found something; the validators list every problem with its path.
            instrument.EnsureValid(responses);
            matrix = ResponseMatrix.Encode(instrument, responses);
        }

        var result = new ScoringRun(instrument, matrix, Options).Run(responses);
        // A withheld release (fewer than k) shows no figure, so no change either.
        return previous is null || result.Respondents is null ? result : result with { Trend = TrendCalculator.Compare(result, previous, crosswalk) };
    }

    /// <summary>Adds the change since <paramref name="previous"/> to an existing result.</summary>
    /// <param name="current">A result of this or another scorer.</param>
    /// <param name="previous">An earlier result of the same instrument id (another major version through the built-in crosswalk).</param>
    /// <returns><paramref name="current"/> with <see cref="AssessmentResult.Trend"/> set.</returns>
    /// <exception cref="AssessmentValidationException">The results are of different instruments, or of major versions no crosswalk links.</exception>
    public static AssessmentResult WithTrend(AssessmentResult current, AssessmentResult previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        return current with { Trend = TrendCalculator.Compare(current, previous, BuiltInCrosswalk(previous, current.Instrument)) };
    }

    private static InstrumentCrosswalk? BuiltInCrosswalk(AssessmentResult? previous, InstrumentReference? current) =>
        previous?.Instrument is { } from && current is not null && from.Id == current.Id && from.Version != current.Version
            ? InstrumentCatalog.BuiltIn.FindCrosswalk(from, current)
            : null;
}
