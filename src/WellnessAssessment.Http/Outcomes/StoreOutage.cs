using Azure;
using Microsoft.Extensions.DependencyInjection;
using WellnessAssessment.Service.Events;

namespace WellnessAssessment.Http.Outcomes;

/// <summary>
/// When the table store cannot be reached or fails, the client gets a 503 problem that says so (with the trace id to
/// quote), not a bare 500; the exception goes to the log only. One rule for both hosts: the ASP.NET Core host's
/// exception handler and the worker's middleware call it.
/// </summary>
public static class StoreOutage
{
    /// <summary>
    /// A store error, a connection failure, or a store that did not answer within the network timeout (the SDK cancels
    /// that attempt); after the last retry the SDK wraps them all in an <see cref="AggregateException"/>. A cancellation
    /// counts only while the client is still waiting (checked by <see cref="TryWriteAsync"/>), so it is the store's timeout.
    /// </summary>
    /// <param name="exception">What the endpoint threw.</param>
    public static bool IsStoreFailure(Exception exception) => exception switch
    {
        RequestFailedException or HttpRequestException or OperationCanceledException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsStoreFailure),
        _ => false,
    };

    /// <summary>
    /// Logs the outage and writes the 503 problem when <paramref name="exception"/> is a store failure and the client is
    /// still waiting; otherwise writes nothing and returns <see langword="false"/>.
    /// </summary>
    /// <param name="http">The request.</param>
    /// <param name="exception">What the endpoint threw.</param>
    /// <param name="route">The route or function name, for the log event.</param>
    public static async ValueTask<bool> TryWriteAsync(HttpContext http, Exception exception, string route)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(exception);
        if (!IsStoreFailure(exception) || http.RequestAborted.IsCancellationRequested || http.Response.HasStarted)
        {
            return false;
        }

        var failure = exception is AggregateException { InnerException: { } inner } ? inner : exception;
        http.RequestServices.GetRequiredService<ServiceEvents>().StoreOutage(http.Request.Method, route, failure.GetType().Name, (failure as RequestFailedException)?.Status ?? 0);
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Storage unavailable",
                Detail = "The data store did not answer, so this request may not have been completed. Send it again in a moment; repeating it is safe.",
            },
        }).ConfigureAwait(false);
    }
}
