using Microsoft.Azure.Functions.Worker.Middleware;

namespace WellnessAssessment.Functions.Hosting;

/// <summary>
/// What the ASP.NET Core host's middleware does around an endpoint, for an HTTP-triggered function (the ASP.NET Core
/// integration gives it the real <see cref="HttpContext"/>); other triggers pass straight through.
/// </summary>
internal sealed class HttpMiddleware : IFunctionsWorkerMiddleware
{
    /// <inheritdoc/>
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return next(context);
    }
}
