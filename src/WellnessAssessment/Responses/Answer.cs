using System.Globalization;

namespace WellnessAssessment.Responses;

/// <summary>
/// One answer to an item: a level of the scale, <c>"dont-know"</c>, or <c>"not-applicable"</c>.
/// In JSON a level is an integer and the other two are those strings; anything else reads as
/// <see cref="AnswerKind.Unrecognized"/> so that validation can report every bad answer with its path.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(WellnessAssessment.Serialization.AnswerJsonConverter))]
public readonly record struct Answer
{
    /// <summary>The JSON keyword for <see cref="DontKnow"/>.</summary>
    public const string DontKnowKeyword = "dont-know";

    /// <summary>The JSON keyword for <see cref="NotApplicable"/>.</summary>
    public const string NotApplicableKeyword = "not-applicable";

    private Answer(AnswerKind kind, int value, string? unrecognizedText)
    {
        Kind = kind;
        Value = value;
        UnrecognizedText = unrecognizedText;
    }

    /// <summary>What kind of answer this is.</summary>
    public AnswerKind Kind { get; }

    /// <summary>The raw scale value when <see cref="Kind"/> is <see cref="AnswerKind.Level"/>; otherwise 0.</summary>
    public int Value { get; }

    /// <summary>The JSON text of an <see cref="AnswerKind.Unrecognized"/> answer, for error messages; otherwise <see langword="null"/>.</summary>
    public string? UnrecognizedText { get; }

    /// <summary>The answer "I don't know".</summary>
    public static Answer DontKnow { get; } = new(AnswerKind.DontKnow, 0, null);

    /// <summary>The answer "not applicable to this agency".</summary>
    public static Answer NotApplicable { get; } = new(AnswerKind.NotApplicable, 0, null);

    /// <summary>A level of the scale.</summary>
    /// <param name="value">The raw value, for example 3 for <em>Established</em> on the default scale.</param>
    public static Answer Level(int value) => new(AnswerKind.Level, value, null);

    /// <summary>An answer that is neither a level nor a keyword; validation rejects it. Only the JSON reader creates one.</summary>
    /// <param name="text">The text that was given, for the error message.</param>
    internal static Answer Unrecognized(string text) => new(AnswerKind.Unrecognized, 0, text);

    /// <summary>Converts a raw scale value to a level answer.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator Answer(int value) => Level(value);

    /// <summary>Creates a level answer; the named alternative to the implicit conversion.</summary>
    /// <param name="value">The raw value.</param>
    public static Answer FromInt32(int value) => Level(value);

    /// <summary>The answer as it is written in JSON: the number, <c>dont-know</c>, <c>not-applicable</c> or the unrecognized text.</summary>
    public override string ToString() => Kind switch
    {
        AnswerKind.Level => Value.ToString(CultureInfo.InvariantCulture),
        AnswerKind.DontKnow => DontKnowKeyword,
        AnswerKind.NotApplicable => NotApplicableKeyword,
        _ => UnrecognizedText ?? "(empty)",
    };
}
