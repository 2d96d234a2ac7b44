using Microsoft.AspNetCore.Diagnostics;
using WellnessAssessment.Http.Outcomes;

namespace WellnessAssessment.Api.Infrastructure;

/// <summary>The ASP.NET Core host's side of <see cref="StoreOutage"/>: a 503 problem, not a bare 500, when the table store fails.</summary>
internal sealed class StoreUnavailableHandler : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken) =>
        StoreOutage.TryWriteAsync(httpContext, exception, (httpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)");
}
