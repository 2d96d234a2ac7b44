using System.Text.Json;
using System.Text.Json.Serialization;
using WellnessAssessment.Responses;

namespace WellnessAssessment.Serialization;

/// <summary>
/// Reads and writes an <see cref="Answer"/> as an integer, <c>"dont-know"</c> or <c>"not-applicable"</c>. Any other JSON
/// value is read as <see cref="AnswerKind.Unrecognized"/> (never an exception), so that validation reports every bad
/// answer of a response set at once, each with its path.
/// </summary>
public sealed class AnswerJsonConverter : JsonConverter<Answer>
{
    private const int MaxQuotedLength = 40;

    /// <inheritdoc />
    public override Answer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadAnswer(ref reader);

    /// <summary>Reads the answer at the reader's current token; shared with <see cref="ResponseSetReader"/>.</summary>
    internal static Answer ReadAnswer(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetInt32(out var value)
                    ? Answer.Level(value)
                    : Answer.Unrecognized(Truncate(System.Text.Encoding.UTF8.GetString(reader.ValueSpan)));
            case JsonTokenType.String:
                if (reader.ValueTextEquals(Answer.DontKnowKeyword))
                {
                    return Answer.DontKnow;
                }

                if (reader.ValueTextEquals(Answer.NotApplicableKeyword))
                {
                    return Answer.NotApplicable;
                }

                return Answer.Unrecognized(JsonSerializer.Serialize(Truncate(reader.GetString() ?? string.Empty), WellnessJsonContext.Default.String));
            case JsonTokenType.True:
            case JsonTokenType.False:
            case JsonTokenType.Null:
                return Answer.Unrecognized(reader.TokenType.ToString().ToLowerInvariant());
            default:
                reader.Skip();
                return Answer.Unrecognized(reader.TokenType == JsonTokenType.EndArray ? "an array" : "an object");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Answer value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value.Kind)
        {
            case AnswerKind.Level:
                writer.WriteNumberValue(value.Value);
                break;
            case AnswerKind.DontKnow:
                writer.WriteStringValue(Answer.DontKnowKeyword);
                break;
            case AnswerKind.NotApplicable:
                writer.WriteStringValue(Answer.NotApplicableKeyword);
                break;
            default:
                throw new JsonException($"An unrecognized answer ({value.UnrecognizedText}) cannot be written; validate the response set first.");
        }
    }

    /// <inheritdoc />
    public override bool HandleNull => true;

    private static string Truncate(string text) => text.Length <= MaxQuotedLength ? text : string.Concat(text.AsSpan(0, MaxQuotedLength), "…");
}
