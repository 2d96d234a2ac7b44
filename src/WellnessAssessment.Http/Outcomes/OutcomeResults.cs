using Microsoft.AspNetCore.Mvc;
using WellnessAssessment.Service.Outcomes;

namespace WellnessAssessment.Http.Outcomes;

/// <summary>
/// The one mapping of the layer's outcomes to HTTP, for every host: the status of each <see cref="ProblemKind"/>, the
/// <c>application/problem+json</c> body (RFC 9457; validation problems carry <c>errors</c> by place), the
/// <c>Location</c> of a creation, <c>Retry-After</c> and any header the outcome names (an <c>ETag</c>).
/// </summary>
public static class OutcomeResults
{
    /// <summary>The HTTP status of a problem kind.</summary>
    /// <param name="kind">The kind.</param>
    public static int StatusOf(ProblemKind kind) => kind switch
    {
        ProblemKind.Invalid => StatusCodes.Status400BadRequest,
        ProblemKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ProblemKind.Forbidden => StatusCodes.Status403Forbidden,
        ProblemKind.NotFound => StatusCodes.Status404NotFound,
        ProblemKind.Conflict => StatusCodes.Status409Conflict,
        ProblemKind.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
        ProblemKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        ProblemKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        ProblemKind.OverLimit or ProblemKind.IdempotencyKeyReused => StatusCodes.Status422UnprocessableEntity,
        ProblemKind.PreconditionRequired => StatusCodes.Status428PreconditionRequired,
        ProblemKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        ProblemKind.NotImplemented => StatusCodes.Status501NotImplemented,
        ProblemKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A problem kind without a status."),
    };

    /// <summary>The answer of an outcome whose value is written as JSON (200, 201 with Location, 204, or the problem).</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="outcome">The outcome.</param>
    public static IResult ToResult<T>(Outcome<T> outcome) => ToResult(outcome, static value => TypedResults.Ok(value));

    /// <summary>The answer of an outcome whose successful value is written by <paramref name="found"/> (a file, for example).</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="outcome">The outcome.</param>
    /// <param name="found">Writes a found value.</param>
    public static IResult ToResult<T>(Outcome<T> outcome, Func<T, IResult> found)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(found);
        if (!outcome.Succeeded)
        {
            return ToResult(outcome.Problem);
        }

        IResult result = outcome.Kind switch
        {
            OutcomeKind.Created => TypedResults.Created(outcome.Location, outcome.Value),
            OutcomeKind.Done => TypedResults.NoContent(),
            _ => found(outcome.Value!),
        };
        return outcome.Headers is { Count: > 0 } headers ? new WithHeaders(result, headers) : result;
    }

    /// <summary>The <c>application/problem+json</c> answer of a problem, with its headers.</summary>
    /// <param name="problem">The problem.</param>
    public static IResult ToResult(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var status = StatusOf(problem.Kind);
        IResult result = problem.Kind == ProblemKind.Invalid && problem.Errors is { } errors
            ? TypedResults.ValidationProblem(errors, detail: problem.Detail, title: problem.Title)
            : TypedResults.Problem(ToProblemDetails(problem, status));
        var headers = new Dictionary<string, string>(problem.Headers ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        if (problem.RetryAfter is { } retryAfter)
        {
            headers["Retry-After"] = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return headers.Count > 0 ? new WithHeaders(result, headers) : result;
    }

    /// <summary>The RFC 9457 body of a problem (its <c>type</c> the default of its status unless the problem names one).</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="status">Its HTTP status.</param>
    public static ProblemDetails ToProblemDetails(Problem problem, int status)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var details = new ProblemDetails { Status = status, Title = problem.Title, Detail = problem.Detail };
        foreach (var (name, value) in problem.Extensions ?? new Dictionary<string, object?>())
        {
            details.Extensions[name] = value;
        }

        return details;
    }

    /// <summary>An answer with extra headers, set before the inner answer writes.</summary>
    private sealed class WithHeaders(IResult inner, IReadOnlyDictionary<string, string> headers) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            foreach (var (name, value) in headers)
            {
                httpContext.Response.Headers[name] = value;
            }

            return inner.ExecuteAsync(httpContext);
        }
    }
}
