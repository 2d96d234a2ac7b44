using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Instruments;
using WellnessAssessment.Storage.Assessments;
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
        var group = api.MapGroup("/survey").WithTags("Surveys");
        group.MapGet("/", GetSurvey).WithName("GetSurveyByHeader")
            .WithSummary("Get the survey of the respondent token in the X-Respondent-Token header")
            .WithDescription("The cycle's title and status, the anonymity threshold, whether the cycle asks for invitation codes, and the instrument to answer. Without the header 400; an unknown token 404. The answer never holds the token.");
        group.MapPost("/responses", SubmitResponse).WithName("SubmitResponseByHeader")
            .WithSummary("Submit answers with the respondent token in the X-Respondent-Token header")
            .WithDescription("Stores one respondent's answers; the same respondent id again replaces them. Cycles with invitation codes also need X-Invitation-Code. 200 means the answers count in the results; 409 means the cycle has closed and nothing was stored.")
            .Accepts<WellnessAssessment.Responses.Response>("application/json");
        return api;
    }

    public static async Task<Results<Ok<SurveyView>, ProblemHttpResult>> GetSurvey(HttpRequest request, AssessmentStore assessments, InstrumentCatalog catalog, CancellationToken cancellationToken) =>
        RespondentToken.Read(request) is { } token
            ? await SurveysApi.GetSurvey(token, assessments, catalog, cancellationToken).ConfigureAwait(false)
            : RespondentToken.Missing();

    public static async Task<IResult> SubmitResponse(HttpRequest request, AssessmentStore assessments, ResponseStore responses, InstrumentCatalog catalog, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken) =>
        RespondentToken.Read(request) is { } token
            ? await SurveysApi.SubmitResponse(token, request, assessments, responses, catalog, options, cancellationToken).ConfigureAwait(false)
            : RespondentToken.Missing();
}
