using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Http.Surveys;
using WellnessAssessment.Responses;
using WellnessAssessment.Service.Surveys;

namespace WellnessAssessment.Api.Surveys;

/// <summary>
/// What respondents use, with the token from their link in the path (the older form): the survey, and submitting
/// answers. The routes of the shared <see cref="SurveyEndpoints"/> over <see cref="SurveyService"/>.
/// </summary>
internal static class SurveysApi
{
    public static RouteGroupBuilder MapSurveysApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/surveys/{respondentToken}").WithTags(ApiTags.Surveys).UsesStore();
        group.MapGet("/", SurveyEndpoints.GetSurvey).WithName("GetSurvey")
            .WithSummary("Get the survey of a respondent link")
            .WithDescription("The older form of GET /api/survey, with the token in the path (where proxies and access logs see it). The cycle's title and status, the anonymity threshold, whether submissions need an invitation code, and the instrument to answer. An unknown token answers 404.")
            .Produces<SurveyView>()
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPost("/responses", SurveyEndpoints.SubmitResponse).WithName("SubmitResponse")
            .WithSummary("Submit answers")
            .WithDescription("Stores one respondent's answers under a respondent id the server issues (any id in the body is ignored) and returns a resume code; sending new answers with that code in X-Resume-Code replaces them until the cycle closes. 200 means the answers count in the results; 409 means the cycle has closed and nothing was stored; 503 means many answers arrived at once and nothing was stored (send again).")
            .AcceptsJson<Response>()
            .Produces<SubmissionReceipt>()
            .WithHeader(InvitationGate.HeaderName, false, "The invitation code from the respondent's slip (XXXXX-XXXXX), for cycles that issued codes.")
            .WithHeader(SubmissionRequest.ResumeCodeHeader, false, "The resume code returned with earlier answers, to replace them; without it the answers are a new response.")
            .AcceptsIdempotencyKey()
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status429TooManyRequests);
        return api;
    }
}
