using WellnessAssessment.Validation;

namespace WellnessAssessment.Service.Outcomes;

/// <summary>
/// An expected failure, with the fields of an RFC 9457 problem: <see cref="Title"/>, <see cref="Detail"/>, the places
/// at fault (<see cref="Errors"/>, keyed by path: <c>name</c>, <c>responses[3].answers.q1</c>, <c>Idempotency-Key</c>),
/// extension members and, for <see cref="ProblemKind.TooManyRequests"/>, when to retry. The status and the <c>type</c>
/// URI follow from <see cref="Kind"/> in the host's adapter.
/// </summary>
/// <param name="Kind">Why the request was refused.</param>
/// <param name="Title">A short, fixed summary of the kind of problem ("Not found", "Conflict").</param>
/// <param name="Detail">What happened to this request and what to do, or <see langword="null"/>.</param>
public sealed record Problem(ProblemKind Kind, string Title, string? Detail)
{
    /// <summary>The title of every validation problem.</summary>
    public const string InvalidTitle = "Invalid input";

    /// <summary>The places at fault and what is wrong at each (validation problems); <see langword="null"/> otherwise.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }

    /// <summary>Extension members of the problem body (for example <c>current</c> of a stale edit); <see langword="null"/> when none.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>How long the caller should wait before trying again (<see cref="ProblemKind.TooManyRequests"/>); <see langword="null"/> otherwise.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Headers the answer carries besides the problem (for example the <c>ETag</c> of the current version); <see langword="null"/> when none.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>The first place at fault, or <see langword="null"/> when the problem names none.</summary>
    public string? Place => Errors?.Keys.FirstOrDefault();

    /// <summary>A 404-kind problem.</summary>
    /// <param name="detail">What was not found.</param>
    public static Problem NotFound(string detail) => new(ProblemKind.NotFound, "Not found", detail);

    /// <summary>A 409-kind problem.</summary>
    /// <param name="detail">Why the state does not allow the request.</param>
    public static Problem Conflict(string detail) => new(ProblemKind.Conflict, "Conflict", detail);

    /// <summary>An Idempotency-Key used before for another request.</summary>
    /// <param name="detail">What differed.</param>
    public static Problem IdempotencyKeyReused(string detail) => new(ProblemKind.IdempotencyKeyReused, "Idempotency-Key reused", detail);

    /// <summary>Input over a stated limit.</summary>
    /// <param name="detail">The limit and the value that broke it.</param>
    public static Problem OverLimit(string detail) => new(ProblemKind.OverLimit, "Over a limit", detail);

    /// <summary>Too much arrived at once; nothing was stored.</summary>
    /// <param name="detail">What to do.</param>
    public static Problem Busy(string detail) => new(ProblemKind.Unavailable, "Busy", detail);

    /// <summary>Missing or retired credentials.</summary>
    /// <param name="detail">Which credentials to send.</param>
    public static Problem Unauthorized(string detail) => new(ProblemKind.Unauthorized, "Unauthorized", detail);

    /// <summary>Something this deployment does not do.</summary>
    /// <param name="detail">What is missing.</param>
    public static Problem NotImplemented(string detail) => new(ProblemKind.NotImplemented, "Not implemented", detail);

    /// <summary>Too many requests from one caller.</summary>
    /// <param name="detail">Which limit.</param>
    /// <param name="retryAfter">When to try again.</param>
    public static Problem TooManyRequests(string detail, TimeSpan retryAfter) =>
        new(ProblemKind.TooManyRequests, "Too many requests", detail) { RetryAfter = retryAfter };

    /// <summary>One place at fault.</summary>
    /// <param name="path">The place (a JSON path, a header name).</param>
    /// <param name="message">What is wrong there.</param>
    public static Problem Invalid(string path, string message) =>
        new(ProblemKind.Invalid, InvalidTitle, null) { Errors = new Dictionary<string, string[]>(StringComparer.Ordinal) { [path] = [message] } };

    /// <summary>Every error of a validation, grouped by place (the root is <c>$</c>).</summary>
    /// <param name="exception">The validation's errors and subject.</param>
    public static Problem Invalid(AssessmentValidationException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new(ProblemKind.Invalid, InvalidTitle, $"The {exception.Subject} is invalid: {exception.Errors.Count} error{(exception.Errors.Count == 1 ? string.Empty : "s")}.")
        {
            Errors = exception.Errors.GroupBy(error => error.Path.Length == 0 ? "$" : error.Path, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Select(error => error.Message).ToArray(), StringComparer.Ordinal),
        };
    }

    /// <summary>Every error of a validation of <paramref name="subject"/>.</summary>
    /// <param name="subject">What was validated ("request body", "response set").</param>
    /// <param name="errors">The errors, at least one.</param>
    public static Problem Invalid(string subject, IReadOnlyList<ValidationError> errors) =>
        Invalid(new AssessmentValidationException(subject, errors));
}
