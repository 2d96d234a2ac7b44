using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Http.Scoring;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Service.Scoring;

namespace WellnessAssessment.Api.Scoring;

/// <summary>Stateless scoring and reports: nothing is stored. Rate-limited per client address.</summary>
internal static class ScoringApi
{
    public static RouteGroupBuilder MapScoringApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags(ApiTags.Scoring).ProducesProblems(StatusCodes.Status429TooManyRequests);
        group.MapPost("/score", ScoringEndpoints.Score).WithName("Score")
            .WithSummary("Score a response set")
            .WithDescription("Scores the response set in the body against a built-in instrument (or the custom `instrumentDefinition`) with the given options, and returns the result. Nothing is stored.")
            .AcceptsJson<ScoreRequest>()
            .Produces<AssessmentResult>()
            .ProducesProblems(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/reports", ScoringEndpoints.Report).WithName("Report")
            .WithSummary("Make a PDF report from a response set")
            .WithDescription("Scores the response set in the body like `POST /api/score` and returns the PDF report, with the trend against `previous` when given. Nothing is stored.")
            .AcceptsJson<ScoreRequest>()
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .ProducesProblems(StatusCodes.Status422UnprocessableEntity);
        return api;
    }
}
