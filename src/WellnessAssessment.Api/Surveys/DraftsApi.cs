using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Http.Drafts;
using WellnessAssessment.Service.Drafts;

namespace WellnessAssessment.Api.Surveys;

/// <summary>
/// Resume codes for respondents, with the token from their link: keep a half-finished response under a short random
/// code, update it, and read it back on another device. A code names one draft of one cycle and nothing else; it stops
/// working when the cycle closes (closing deletes the drafts). Failed lookups are limited per client address. The
/// routes of the shared <see cref="DraftEndpoints"/> over <see cref="DraftService"/>.
/// </summary>
internal static class DraftsApi
{
    public static RouteGroupBuilder MapDraftsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/survey/drafts").WithTags(ApiTags.Surveys).UsesStore()
            .WithHeader(RespondentRequest.TokenHeader, true, "The respondent token: the part of the survey link after '#'. Sent in a header so that it never appears in a URL or an access log.");
        group.MapPost("/", DraftEndpoints.CreateDraft).WithName("CreateDraft")
            .WithSummary("Keep a draft under a new resume code")
            .WithDescription("Keeps a half-finished response (validated like a submission) and the part to continue at, under a new random resume code the respondent can write down and use on another device. The code names this draft only, and stops working when the cycle closes. The respondent id is issued by the server (any id in the body is ignored). 404 for an unknown token; 409 when the cycle has closed; 429 (with Retry-After) when this address or this link wrote too many drafts in the last minute.")
            .AcceptsJson<SurveyDraft>()
            .Produces<DraftReceipt>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status429TooManyRequests);
        group.MapPut("/{code}", DraftEndpoints.SaveDraft).WithName("SaveDraft")
            .WithSummary("Update the draft under a resume code")
            .WithDescription("Replaces the draft kept under the code. 404 for an unknown token or code (an unknown code counts towards the lookup limit); 409 when the cycle has closed; 429 (with Retry-After) when this address failed too many lookups or wrote too many drafts, or the link received too many.")
            .AcceptsJson<SurveyDraft>()
            .Produces<DraftReceipt>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status429TooManyRequests);
        group.MapGet("/{code}", DraftEndpoints.ResumeDraft).WithName("ResumeDraft")
            .WithSummary("Read the draft under a resume code")
            .WithDescription("The draft kept under the code (case, spaces and hyphens do not matter), to continue on this device. 404 for an unknown token or code, without saying which; 409 when the cycle has closed (its drafts are deleted at close); 429 when this address failed too many lookups (10 in 10 minutes by default), with Retry-After.")
            .Produces<SurveyDraft>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status429TooManyRequests);
        return api;
    }
}
