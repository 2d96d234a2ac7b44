using System.Text;

namespace WellnessAssessment.Validation;

/// <summary>
/// The one exception the library throws for bad input: an instrument, a response set, scoring options or an earlier
/// result that cannot be used. It lists every problem found, each with its JSON path, and is thrown before any result
/// is produced, so a caller never sees a partial result.
/// </summary>
public sealed class AssessmentValidationException : Exception
{
    /// <summary>Creates the exception for <paramref name="subject"/> with the given errors.</summary>
    /// <param name="subject">What was invalid, for example <c>response set</c>.</param>
    /// <param name="errors">Every problem found; at least one.</param>
    public AssessmentValidationException(string subject, IEnumerable<ValidationError> errors)
        : this(subject, errors.ToArray())
    {
    }

    private AssessmentValidationException(string subject, ValidationError[] errors)
        : base(FormatMessage(subject, errors))
    {
        Subject = subject;
        Errors = errors;
    }

    /// <summary>Creates the exception with a single error; prefer the constructor that takes every error.</summary>
    public AssessmentValidationException()
        : this("input", [new ValidationError(string.Empty, "The input is invalid.")])
    {
    }

    /// <summary>Creates the exception with a single error message at the root path.</summary>
    /// <param name="message">What is wrong.</param>
    public AssessmentValidationException(string message)
        : this("input", [new ValidationError(string.Empty, message)])
    {
    }

    /// <summary>Creates the exception with a single error message at the root path, caused by another exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying exception.</param>
    public AssessmentValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Subject = "input";
        Errors = [new ValidationError(string.Empty, message)];
    }

    /// <summary>What was invalid: <c>instrument</c>, <c>response set</c>, <c>scoring options</c>, <c>previous result</c> or <c>input</c>.</summary>
    public string Subject { get; }

    /// <summary>Every problem found, in the order they were found; never empty.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    private static string FormatMessage(string subject, ValidationError[] errors)
    {
        var message = new StringBuilder();
        message.Append("The ").Append(subject).Append(" is invalid (")
            .Append(errors.Length).Append(errors.Length == 1 ? " error)" : " errors)").Append(':');
        foreach (var error in errors)
        {
            message.AppendLine().Append("  ").Append(error);
        }

        return message.ToString();
    }
}
