using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WellnessAssessment.Client;

/// <summary>
/// One answer to an item: a level of the instrument's scale, or "don't know", or "not applicable". On the wire it is the
/// level as a number, or the keyword <c>dont-know</c> / <c>not-applicable</c> (schema <c>Answer</c> of the document).
/// </summary>
[JsonConverter(typeof(AnswerJsonConverter))]
public readonly record struct Answer
{
    private Answer(int? level, string? keyword)
    {
        Level = level;
        Keyword = keyword;
    }

    /// <summary>The level of the scale, or null for a keyword answer.</summary>
    public int? Level { get; }

    /// <summary><c>dont-know</c> or <c>not-applicable</c>, or null for a level.</summary>
    public string? Keyword { get; }

    /// <summary>"Don't know".</summary>
    public static Answer DontKnow { get; } = new(null, "dont-know");

    /// <summary>"Not applicable".</summary>
    public static Answer NotApplicable { get; } = new(null, "not-applicable");

    /// <summary>A level of the scale.</summary>
    /// <param name="level">The level.</param>
    public static Answer FromLevel(int level) => new(level, null);

    /// <summary>A level of the scale.</summary>
    /// <param name="level">The level.</param>
    public static implicit operator Answer(int level) => FromLevel(level);

    /// <inheritdoc />
    public override string ToString() => Keyword ?? Level?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}

/// <summary>Reads and writes an <see cref="Answer"/> as a number or a keyword.</summary>
internal sealed class AnswerJsonConverter : JsonConverter<Answer>
{
    public override Answer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number => Answer.FromLevel(reader.GetInt32()),
        JsonTokenType.String when reader.GetString() == Answer.DontKnow.Keyword => Answer.DontKnow,
        JsonTokenType.String when reader.GetString() == Answer.NotApplicable.Keyword => Answer.NotApplicable,
        _ => throw new JsonException("An answer is a level number, \"dont-know\" or \"not-applicable\"."),
    };

    public override void Write(Utf8JsonWriter writer, Answer value, JsonSerializerOptions options)
    {
        if (value.Keyword is { } keyword)
        {
            writer.WriteStringValue(keyword);
        }
        else
        {
            writer.WriteNumberValue(value.Level ?? 0);
        }
    }
}
