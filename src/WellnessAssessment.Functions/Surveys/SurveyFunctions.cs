using WellnessAssessment.Http.Surveys;
using WellnessAssessment.Service.Surveys;

namespace WellnessAssessment.Functions.Surveys;

/// <summary>
/// The respondent survey (anonymous; the token in <c>X-Respondent-Token</c>, or in the path for the older form): get
/// the survey, submit answers; the shared <see cref="SurveyEndpoints"/>.
/// </summary>
public sealed class SurveyFunctions(SurveyService surveys)
{
    private const string ByHeader = "api/survey";
    private const string ByPath = "api/surveys/{respondentToken}";

    /// <summary><c>GET /api/surveys/{respondentToken}</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="respondentToken">The route's respondent token.</param>
    [Function("GetSurvey")]
    public Task<IResult> GetSurvey([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ByPath)] HttpRequest request, string respondentToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SurveyEndpoints.GetSurvey(respondentToken, request.HttpContext, surveys, request.HttpContext.RequestAborted);
    }

    /// <summary><c>POST /api/surveys/{respondentToken}/responses</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="respondentToken">The route's respondent token.</param>
    [Function("SubmitResponse")]
    public Task<IResult> SubmitResponse([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ByPath + "/responses")] HttpRequest request, string respondentToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SurveyEndpoints.SubmitResponse(respondentToken, request.HttpContext, surveys, request.HttpContext.RequestAborted);
    }

    /// <summary><c>GET /api/survey</c>.</summary>
    /// <param name="request">The request.</param>
    [Function("GetSurveyByHeader")]
    public Task<IResult> GetSurveyByHeader([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ByHeader)] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SurveyEndpoints.GetSurveyByHeader(request.HttpContext, surveys, request.HttpContext.RequestAborted);
    }

    /// <summary><c>POST /api/survey/responses</c>.</summary>
    /// <param name="request">The request.</param>
    [Function("SubmitResponseByHeader")]
    public Task<IResult> SubmitResponseByHeader([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ByHeader + "/responses")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SurveyEndpoints.SubmitResponseByHeader(request.HttpContext, surveys, request.HttpContext.RequestAborted);
    }
}
