using System.Text.Json;

namespace WellnessAssessment.Serialization;

/// <summary>Words a consultant understands for System.Text.Json's errors, without its internal type names.</summary>
internal static class JsonErrorDescriber
{
    public static string Describe(JsonException exception)
    {
        var message = exception.Message;
        if (exception.InnerException is { } inner && exception.Path is null)
        {
            message = inner.Message;
        }

        if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            return "has the wrong type of value for this field";
        }

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
