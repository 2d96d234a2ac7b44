using Microsoft.AspNetCore.Mvc;

namespace WellnessAssessment.Api.Authentication;

/// <summary>The problem responses of the key schemes, written like every other problem of the API.</summary>
internal static class KeyProblems
{
    public static async Task WriteAsync(IProblemDetailsService problems, HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).ConfigureAwait(false);
    }
}
