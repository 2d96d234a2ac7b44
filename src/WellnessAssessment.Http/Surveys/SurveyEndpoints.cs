using WellnessAssessment.Http.Access;
using WellnessAssessment.Http.Drafts;
using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Http.Requests;
using WellnessAssessment.Responses;
using WellnessAssessment.Service.Drafts;
using WellnessAssessment.Service.Surveys;

namespace WellnessAssessment.Http.Surveys;

/// <summary>
/// The respondent survey: <c>/api/survey…</c> with the token in <c>X-Respondent-Token</c>, and the older
/// <c>/api/surveys/{respondentToken}…</c> with the token in the path; get the survey, submit answers.
/// </summary>
public static class SurveyEndpoints
{
    /// <summary><c>GET /api/surveys/{respondentToken}</c>: the survey, 404.</summary>
    /// <param name="respondentToken">The route's respondent token.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="surveys">The survey service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> GetSurvey(string respondentToken, HttpContext http, SurveyService surveys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(surveys);
        return OutcomeResults.ToResult(await surveys.GetAsync(new RespondentRequest(respondentToken, HttpClientAddress.KeyOf(http)), cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>GET /api/survey</c> (token in <c>X-Respondent-Token</c>): the survey, 400, 404.</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="surveys">The survey service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> GetSurveyByHeader(HttpContext http, SurveyService surveys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(surveys);
        return OutcomeResults.ToResult(await surveys.GetAsync(DraftEndpoints.RespondentOf(http), cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>POST /api/surveys/{respondentToken}/responses</c>: the receipt, 400, 403, 404, 409, 413, 415, 429, 503.</summary>
    /// <param name="respondentToken">The route's respondent token.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="surveys">The survey service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static Task<IResult> SubmitResponse(string respondentToken, HttpContext http, SurveyService surveys, CancellationToken cancellationToken) =>
        SubmitAsync(new RespondentRequest(respondentToken, HttpClientAddress.KeyOf(http)), http, surveys, cancellationToken);

    /// <summary><c>POST /api/survey/responses</c> (token in <c>X-Respondent-Token</c>): the receipt, 400, 403, 404, 409, 413, 415, 429, 503.</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="surveys">The survey service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static Task<IResult> SubmitResponseByHeader(HttpContext http, SurveyService surveys, CancellationToken cancellationToken) =>
        SubmitAsync(DraftEndpoints.RespondentOf(http), http, surveys, cancellationToken);

    private static async Task<IResult> SubmitAsync(RespondentRequest respondent, HttpContext http, SurveyService surveys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(surveys);
        var headers = http.Request.Headers;
        var request = new SubmissionRequest(respondent, HttpCaller.RequestKeyOf(http.Request), headers[SubmissionRequest.ResumeCodeHeader].ToString(), headers[InvitationGate.HeaderName].ToString());
        var outcome = await surveys.SubmitAsync(request, token => HttpBody.ReadAsync<Response>(http, token), cancellationToken).ConfigureAwait(false);
        return OutcomeResults.ToResult(outcome);
    }
}
