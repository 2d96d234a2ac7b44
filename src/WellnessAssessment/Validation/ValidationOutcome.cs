using System.Collections;

namespace WellnessAssessment.Validation;

/// <summary>
/// What a check of one input found: every problem at once, each located by its JSON path, and nothing when the input is
/// valid. This is the library's one validation style: every <c>Validate</c> method returns one, and
/// <see cref="ThrowIfInvalid"/> turns it into the library's one exception, <see cref="AssessmentValidationException"/>.
/// The outcome is itself the read-only list of its <see cref="Errors"/>, in the order the checks found them.
/// </summary>
/// <example>
/// <code>
/// var outcome = register.Validate();
/// foreach (var error in outcome) Console.WriteLine(error); // "actions[2].due: must be a date"
/// outcome.ThrowIfInvalid();                                  // or stop at the first invalid input
/// </code>
/// </example>
public sealed class ValidationOutcome : IReadOnlyList<ValidationError>
{
    private readonly ValidationError[] _errors;

    /// <summary>Creates the outcome of checking <paramref name="subject"/>.</summary>
    /// <param name="subject">What was checked, in words (for example <c>action register</c>); the exception's subject.</param>
    /// <param name="errors">The problems found; empty when the input is valid.</param>
    public ValidationOutcome(string subject, IEnumerable<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(errors);
        Subject = subject;
        _errors = [.. errors];
    }

    /// <summary>What was checked, in words, for example <c>action register</c> or <c>response set</c>.</summary>
    public string Subject { get; }

    /// <summary>The problems found, in the order the checks found them; empty when the input is valid.</summary>
    public IReadOnlyList<ValidationError> Errors => _errors;

    /// <summary>Whether no problem was found.</summary>
    public bool IsValid => _errors.Length == 0;

    /// <summary>The number of problems found.</summary>
    public int Count => _errors.Length;

    /// <summary>The problem at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based position in <see cref="Errors"/>.</param>
    public ValidationError this[int index] => _errors[index];

    /// <summary>Throws when a problem was found; does nothing for a valid input.</summary>
    /// <exception cref="AssessmentValidationException">
    /// At least one problem was found; its <see cref="AssessmentValidationException.Subject"/> is <see cref="Subject"/> and
    /// its <see cref="AssessmentValidationException.Errors"/> are <see cref="Errors"/>.
    /// </exception>
    public void ThrowIfInvalid()
    {
        if (_errors.Length > 0)
        {
            throw new AssessmentValidationException(Subject, _errors);
        }
    }

    /// <summary>Enumerates <see cref="Errors"/>.</summary>
    public IEnumerator<ValidationError> GetEnumerator() => ((IEnumerable<ValidationError>)_errors).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
