using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Service.Results;

namespace WellnessAssessment.Http.Results;

/// <summary>The answer of a written report or brief: the file (a PDF to download, an HTML page shown in place), or the problem.</summary>
public static class ReportResults
{
    /// <summary>The content security policy of an HTML report: self-contained, no scripts, no external requests, even if some agency-supplied text slipped through.</summary>
    public const string HtmlContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    /// <summary>The file of a successful outcome (an HTML page with <see cref="HtmlContentSecurityPolicy"/>), else the problem.</summary>
    /// <param name="outcome">The outcome.</param>
    public static IResult ToResult(Outcome<ReportDocument> outcome) => OutcomeResults.ToResult(outcome, static document => new DocumentResult(document));

    private sealed class DocumentResult(ReportDocument document) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            if (document.IsHtml)
            {
                httpContext.Response.Headers.ContentSecurityPolicy = HtmlContentSecurityPolicy;
            }

            return TypedResults.File(document.Content.ToArray(), document.ContentType, document.FileName).ExecuteAsync(httpContext);
        }
    }
}
