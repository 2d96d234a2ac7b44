using Microsoft.AspNetCore.Http.HttpResults;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Api.Infrastructure;

/// <summary>The API's RFC 9457 problem responses.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static ProblemHttpResult Unprocessable(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency-Key reused");

    public static ProblemHttpResult OverLimit(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Over a limit");

    public static ProblemHttpResult Busy(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy");

    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");

    public static ProblemHttpResult NotImplemented(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status501NotImplemented, title: "Not implemented");

    /// <summary>The shared mapping of a layer problem (<see cref="Http.Outcomes.OutcomeResults"/>), typed for the handlers that still return <see cref="ProblemHttpResult"/>.</summary>
    public static ProblemHttpResult From(Service.Outcomes.Problem problem) =>
        TypedResults.Problem(Http.Outcomes.OutcomeResults.ToProblemDetails(problem, Http.Outcomes.OutcomeResults.StatusOf(problem.Kind)));

    public static ValidationProblem Invalid(AssessmentValidationException exception) =>
        TypedResults.ValidationProblem(
            exception.Errors.GroupBy(error => error.Path.Length == 0 ? "$" : error.Path)
                .ToDictionary(group => group.Key, group => group.Select(error => error.Message).ToArray()),
            detail: $"The {exception.Subject} is invalid: {exception.Errors.Count} error{(exception.Errors.Count == 1 ? string.Empty : "s")}.",
            title: "Invalid input");

    public static ValidationProblem Invalid(string path, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [path] = [message] }, title: "Invalid input");
}
