using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Instruments;
using WellnessAssessment.Storage.Assessments;
using WellnessAssessment.Storage.Invitations;
using WellnessAssessment.Storage.Responses;

namespace WellnessAssessment.Api.Surveys;

/// <summary>
/// The survey by the <c>X-Respondent-Token</c> header: what the survey page uses, so that the token stays out of every
/// URL. Same answers as the older path form (<c>/api/surveys/{respondentToken}</c>), which stays for existing clients.
/// </summary>
internal static class RespondentSurveyApi
{
    public static RouteGroupBuilder MapRespondentSurveyApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/survey").WithTags(ApiTags.Surveys).UsesStore()
            .WithHeader(RespondentToken.HeaderName, true, "The respondent token: the part of the survey link after '#'. Sent in a header so that it never appears in a URL or an access log.");
        group.MapGet("/", GetSurvey).WithName("GetSurveyByHeader")
            .WithSummary("Get the survey of a respondent link (token in a header)")
            .WithDescription("The cycle's title and status, the anonymity threshold, whether submissions need an invitation code, and the instrument to answer. Without the header 400; an unknown token 404. No answer ever holds the token.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPost("/responses", SubmitResponse).WithName("SubmitResponseByHeader")
            .WithSummary("Submit answers (token in a header)")
            .WithDescription("Stores one respondent's answers under a respondent id the server issues (any id in the body is ignored) and returns a resume code; new answers sent with that code in X-Resume-Code replace them until the cycle closes. A cycle that takes an import answers 409. A cycle with invitation codes also needs X-Invitation-Code: a missing, unknown or someone else's code answers 403. 200 means the answers count in the results; 409 means the cycle has closed; 429 (with Retry-After) means too many submissions from this address, to this link or with this code; in none of these was anything stored.")
            .WithHeader(InvitationGate.HeaderName, false, "The invitation code from the respondent's slip (XXXXX-XXXXX), for cycles that issued codes.")
            .WithHeader(SurveysApi.ResumeCodeHeader, false, "The resume code returned with earlier answers, to replace them; without it the answers are a new response.")
            .AcceptsIdempotencyKey()
            .AcceptsJson<WellnessAssessment.Responses.Response>()
            .Produces<SubmissionReceipt>()
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status429TooManyRequests);
        return api;
    }

    public static async Task<Results<Ok<SurveyView>, ProblemHttpResult, ValidationProblem>> GetSurvey(HttpRequest request, AssessmentStore assessments, InvitationStore invitations, InstrumentCatalog catalog, CancellationToken cancellationToken) =>
        RespondentToken.Read(request) is { } token
            ? (await SurveysApi.GetSurvey(token, assessments, invitations, catalog, cancellationToken).ConfigureAwait(false)).Result switch
            {
                Ok<SurveyView> ok => ok,
                var other => (ProblemHttpResult)other,
            }
            : RespondentToken.Missing();

    public static async Task<IResult> SubmitResponse(HttpContext http, AssessmentStore assessments, ResponseStore responses, Storage.Drafts.DraftStore drafts, SubmissionLimits limits, ResumeGuard guard, InstrumentCatalog catalog, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken) =>
        RespondentToken.Read(http.Request) is { } token
            ? await SurveysApi.SubmitResponse(token, http, assessments, responses, drafts, limits, guard, catalog, options, cancellationToken).ConfigureAwait(false)
            : RespondentToken.Missing();
}
