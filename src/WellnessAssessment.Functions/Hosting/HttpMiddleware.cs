using Azure;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.DependencyInjection;
using WellnessAssessment.Http.Security;
using WellnessAssessment.Service.Events;

namespace WellnessAssessment.Functions.Hosting;

/// <summary>
/// What the ASP.NET Core host's middleware does around an endpoint, for an HTTP-triggered function (the ASP.NET Core
/// integration gives it the real <see cref="HttpContext"/>): the security headers of every response
/// (<see cref="SecurityHeaders"/>, the same code), and a 503 problem instead of a bare 500 when the table store cannot be
/// reached (as the API's <c>StoreUnavailableHandler</c>). Other triggers pass straight through.
/// </summary>
internal sealed class HttpMiddleware : IFunctionsWorkerMiddleware
{
    /// <inheritdoc/>
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.GetHttpContext() is not { } http)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        SecurityHeaders.ApplyOnStarting(http);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsStoreFailure(exception) && !http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted)
        {
            var failure = exception is AggregateException { InnerException: { } inner } ? inner : exception;
            http.RequestServices.GetRequiredService<ServiceEvents>().StoreOutage(http.Request.Method, context.FunctionDefinition.Name, failure.GetType().Name, (failure as RequestFailedException)?.Status ?? 0);
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
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

    // TODO(h-svc): the API's StoreUnavailableHandler.IsStoreFailure and its problem belong in the shared HTTP adapter;
    // until they move, this is the same rule.
    private static bool IsStoreFailure(Exception exception) => exception switch
    {
        RequestFailedException or HttpRequestException or OperationCanceledException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsStoreFailure),
        _ => false,
    };
}
