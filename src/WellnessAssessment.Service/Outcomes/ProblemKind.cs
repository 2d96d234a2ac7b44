namespace WellnessAssessment.Service.Outcomes;

/// <summary>
/// Why a request was refused: the closed set of expected failures a workflow answers with instead of throwing. Each
/// host maps a kind to its protocol (HTTP: one status code per kind, see <c>WellnessAssessment.Http</c>).
/// </summary>
public enum ProblemKind
{
    /// <summary>The input breaks a rule; <see cref="Problem.Errors"/> names each place (HTTP 400).</summary>
    Invalid,

    /// <summary>No credentials, or credentials that no longer work (HTTP 401).</summary>
    Unauthorized,

    /// <summary>Credentials that work but do not allow this (HTTP 403).</summary>
    Forbidden,

    /// <summary>No such resource, or one the caller may not learn exists (HTTP 404).</summary>
    NotFound,

    /// <summary>The resource's state does not allow the request (HTTP 409).</summary>
    Conflict,

    /// <summary>The version the caller edited is no longer the current one (HTTP 412).</summary>
    PreconditionFailed,

    /// <summary>The body is larger than the limit of its route (HTTP 413).</summary>
    TooLarge,

    /// <summary>The body is not in a format the route reads (HTTP 415).</summary>
    UnsupportedMediaType,

    /// <summary>The input is over a stated limit (items, groups, text length) (HTTP 422).</summary>
    OverLimit,

    /// <summary>An Idempotency-Key was reused for a different request (HTTP 422).</summary>
    IdempotencyKeyReused,

    /// <summary>The request must name the version it edits (HTTP 428).</summary>
    PreconditionRequired,

    /// <summary>The caller sent too many requests; <see cref="Problem.RetryAfter"/> says when to try again (HTTP 429).</summary>
    TooManyRequests,

    /// <summary>The request is understood but not done by this deployment (HTTP 501).</summary>
    NotImplemented,

    /// <summary>The store did not answer or too much arrived at once; repeating the request is safe (HTTP 503).</summary>
    Unavailable,
}
