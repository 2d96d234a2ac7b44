using Microsoft.AspNetCore.Mvc;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Http.Surveys;
using WellnessAssessment.Service.Drafts;
using WellnessAssessment.Service.Surveys;

namespace WellnessAssessment.Api.Surveys;

/// <summary>
/// The survey by the <c>X-Respondent-Token</c> header: what the survey page uses, so that the token stays out of every
/// URL. Same answers as the older path form (<c>/api/surveys/{respondentToken}</c>), which stays for existing clients.
/// The routes of the shared <see cref="SurveyEndpoints"/> over <see cref="SurveyService"/>.
/// </summary>
internal static class RespondentSurveyApi
{
    private static readonly string[] ProblemJson = ["application/problem+json"];

    public static RouteGroupBuilder MapRespondentSurveyApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/survey").WithTags(ApiTags.Surveys).UsesStore()
            .WithHeader(RespondentRequest.TokenHeader, true, "The respondent token: the part of the survey link after '#'. Sent in a header so that it never appears in a URL or an access log.");
        group.MapGet("/", SurveyEndpoints.GetSurveyByHeader).WithName("GetSurveyByHeader")
            .WithSummary("Get the survey of a respondent link (token in a header)")
            .WithDescription("The cycle's title and status, the anonymity threshold, whether submissions need an invitation code, and the instrument to answer. Without the header 400; an unknown token 404. No answer ever holds the token.")
            .Produces<SurveyView>()
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ProblemJson))
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPost("/responses", SurveyEndpoints.SubmitResponseByHeader).WithName("SubmitResponseByHeader")
            .WithSummary("Submit answers (token in a header)")
            .WithDescription("Stores one respondent's answers under a respondent id the server issues (any id in the body is ignored) and returns a resume code; new answers sent with that code in X-Resume-Code replace them until the cycle closes. A cycle that takes an import answers 409. A cycle with invitation codes also needs X-Invitation-Code: a missing, unknown or someone else's code answers 403. 200 means the answers count in the results; 409 means the cycle has closed; 429 (with Retry-After) means too many submissions from this address, to this link or with this code; in none of these was anything stored.")
            .WithHeader(InvitationGate.HeaderName, false, "The invitation code from the respondent's slip (XXXXX-XXXXX), for cycles that issued codes.")
            .WithHeader(SubmissionRequest.ResumeCodeHeader, false, "The resume code returned with earlier answers, to replace them; without it the answers are a new response.")
            .AcceptsIdempotencyKey()
            .AcceptsJson<WellnessAssessment.Responses.Response>()
            .Produces<SubmissionReceipt>()
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status429TooManyRequests);
        return api;
    }
}
