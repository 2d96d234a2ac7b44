using WellnessAssessment.Http.Drafts;
using WellnessAssessment.Service.Drafts;

namespace WellnessAssessment.Functions.Drafts;

/// <summary>Resume codes (anonymous; the respondent token in <c>X-Respondent-Token</c>): create, save, resume; the shared <see cref="DraftEndpoints"/>.</summary>
public sealed class DraftFunctions(DraftService drafts)
{
    private const string Drafts = "api/survey/drafts";

    /// <summary><c>POST /api/survey/drafts</c>.</summary>
    /// <param name="request">The request.</param>
    [Function("CreateDraft")]
    public Task<IResult> CreateDraft([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Drafts)] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return DraftEndpoints.CreateDraft(request.HttpContext, drafts, request.HttpContext.RequestAborted);
    }

    /// <summary><c>PUT /api/survey/drafts/{code}</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="code">The route's resume code.</param>
    [Function("SaveDraft")]
    public Task<IResult> SaveDraft([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Drafts + "/{code}")] HttpRequest request, string code)
    {
        ArgumentNullException.ThrowIfNull(request);
        return DraftEndpoints.SaveDraft(code, request.HttpContext, drafts, request.HttpContext.RequestAborted);
    }

    /// <summary><c>GET /api/survey/drafts/{code}</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="code">The route's resume code.</param>
    [Function("ResumeDraft")]
    public Task<IResult> ResumeDraft([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Drafts + "/{code}")] HttpRequest request, string code)
    {
        ArgumentNullException.ThrowIfNull(request);
        return DraftEndpoints.ResumeDraft(code, request.HttpContext, drafts, request.HttpContext.RequestAborted);
    }
}
