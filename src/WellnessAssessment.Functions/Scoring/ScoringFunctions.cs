using WellnessAssessment.Http.Scoring;
using WellnessAssessment.Service.Scoring;

namespace WellnessAssessment.Functions.Scoring;

/// <summary>Stateless scoring and reports (anonymous; nothing is stored); the shared <see cref="ScoringEndpoints"/>.</summary>
public sealed class ScoringFunctions(ScoringService scoring)
{
    /// <summary><c>POST /api/score</c>.</summary>
    /// <param name="request">The request.</param>
    [Function("Score")]
    public Task<IResult> Score([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/score")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ScoringEndpoints.Score(request.HttpContext, scoring, request.HttpContext.RequestAborted);
    }

    /// <summary><c>POST /api/reports</c>.</summary>
    /// <param name="request">The request.</param>
    [Function("Report")]
    public Task<IResult> Report([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/reports")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ScoringEndpoints.Report(request.HttpContext, scoring, request.HttpContext.RequestAborted);
    }
}
