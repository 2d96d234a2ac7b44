using System.Text;
using System.Text.Json;

namespace WellnessAssessment.Serialization;

/// <summary>Words a consultant understands for System.Text.Json's errors, without its internal type names.</summary>
/// <remarks>
/// Errors are told apart by type where System.Text.Json gives one: an inner <see cref="InvalidOperationException"/>
/// is a value of the wrong type (or, with a <see cref="DecoderFallbackException"/> under it, text that is not UTF-8);
/// a subclass of <see cref="JsonException"/> is the reader's syntax error, the class itself the serializer's. System.Text.Json
/// has no code for the rest, so a duplicate property and a truncated document are recognised by the wording of its own
/// messages; nothing outside this class looks at a message, and callers get <see cref="Validation.AssessmentValidationException"/>.
/// </remarks>
internal static class JsonErrorDescriber
{
    public const string NotUtf8 = "the text is not UTF-8; save it as UTF-8 and try again";

    public static string Describe(JsonException exception)
    {
        if (exception.InnerException is InvalidOperationException inner)
        {
            return inner.InnerException is DecoderFallbackException ? NotUtf8 : "has the wrong type of value for this field";
        }

        var message = exception.InnerException is { } other && exception.Path is null ? other.Message : exception.Message;
        if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return "is given more than once";
        }

        if (message.Contains("end of data", StringComparison.OrdinalIgnoreCase)
            || message.Contains("incomplete", StringComparison.OrdinalIgnoreCase)
            || message.Contains("Expected depth to be zero", StringComparison.Ordinal))
        {
            return "the JSON ends too early (is the file truncated?)";
        }

        if (exception.GetType() == typeof(JsonException))
        {
            // The serializer's own error (the reader's are a subclass): a value of a shape the field cannot take.
            return "has the wrong type of value for this field";
        }

        // The reader's own messages ("'x' is an invalid start of a value. LineNumber: …") are clear once the position suffix is cut.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        var core = (cut > 0 ? message[..cut] : message).Trim();
        return "is not valid JSON: " + core;
    }
}
