using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Http.Requests;
using WellnessAssessment.Http.Results;
using WellnessAssessment.Service.Scoring;

namespace WellnessAssessment.Http.Scoring;

/// <summary>Stateless scoring and reports (anonymous; each host limits the requests per client): <c>POST /api/score</c>, <c>POST /api/reports</c>.</summary>
public static class ScoringEndpoints
{
    /// <summary><c>POST /api/score</c>: the result, 400, 413, 415, 422 (a custom instrument over a limit).</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="scoring">The scoring service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> Score(HttpContext http, ScoringService scoring, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scoring);
        var body = await HttpBody.ReadAsync<ScoreRequest>(http, cancellationToken).ConfigureAwait(false);
        return OutcomeResults.ToResult(body.Succeeded ? scoring.Score(body.Value!) : body.Problem);
    }

    /// <summary><c>POST /api/reports</c>: the PDF report, 400, 413, 415, 422.</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="scoring">The scoring service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> Report(HttpContext http, ScoringService scoring, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scoring);
        var body = await HttpBody.ReadAsync<ScoreRequest>(http, cancellationToken).ConfigureAwait(false);
        return ReportResults.ToResult(body.Succeeded ? scoring.Report(body.Value!) : body.Problem);
    }
}
