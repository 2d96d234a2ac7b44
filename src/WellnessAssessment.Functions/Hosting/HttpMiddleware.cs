using Microsoft.Azure.Functions.Worker.Middleware;
using WellnessAssessment.Http.Security;
using WellnessAssessment.Http.Outcomes;

namespace WellnessAssessment.Functions.Hosting;

/// <summary>
/// What the ASP.NET Core host's middleware does around an endpoint, for an HTTP-triggered function (the ASP.NET Core
/// integration gives it the real <see cref="HttpContext"/>): the security headers of every response
/// (<see cref="SecurityHeaders"/>, the same code), and a 503 problem instead of a bare 500 when the table store cannot be
/// reached (<see cref="StoreOutage"/>, the same rule as the API's). Other triggers pass straight through.
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
        catch (Exception exception) when (StoreOutage.IsStoreFailure(exception))
        {
            if (!await StoreOutage.TryWriteAsync(http, exception, context.FunctionDefinition.Name).ConfigureAwait(false))
            {
                throw;
            }
        }
    }
}
