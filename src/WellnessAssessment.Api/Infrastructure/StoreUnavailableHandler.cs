using WellnessAssessment.Service.Events;
using Azure;
using Microsoft.AspNetCore.Diagnostics;

namespace WellnessAssessment.Api.Infrastructure;

/// <summary>
/// When the table store cannot be reached or fails, the client gets a 503 problem that says so (with the trace id to
/// quote), not a bare 500; the exception goes to the log only.
/// </summary>
internal sealed class StoreUnavailableHandler(IProblemDetailsService problems, ServiceEvents events) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsStoreFailure(exception) || httpContext.RequestAborted.IsCancellationRequested)
        {
            return false;
        }

        var failure = exception is AggregateException { InnerException: { } inner } ? inner : exception;
        var route = (httpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
        events.StoreOutage(httpContext.Request.Method, route, failure.GetType().Name, (failure as RequestFailedException)?.Status ?? 0);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Storage unavailable",
                Detail = "The data store did not answer, so this request may not have been completed. Send it again in a moment; repeating it is safe.",
            },
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// A store error, a connection failure, or a store that did not answer within the network timeout (the SDK cancels
    /// that attempt); after the last retry the SDK wraps them all in an <see cref="AggregateException"/>. A cancellation
    /// counts only while the client is still waiting (checked by the caller), so it is the store's timeout.
    /// </summary>
    internal static bool IsStoreFailure(Exception exception) => exception switch
    {
        RequestFailedException or HttpRequestException or OperationCanceledException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsStoreFailure),
        _ => false,
    };
}
