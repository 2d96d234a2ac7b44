using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Instruments;
using WellnessAssessment.Storage.Assessments;
using WellnessAssessment.Storage.Drafts;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Api.Surveys;

/// <summary>
/// Resume codes for respondents, with the token from their link: keep a half-finished response under a short random
/// code, update it, and read it back on another device. A code names one draft of one cycle and nothing else; it stops
/// working when the cycle closes (closing deletes the drafts). Failed lookups are limited per client address.
/// </summary>
internal static class DraftsApi
{
    public static RouteGroupBuilder MapDraftsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/survey/drafts").WithTags(ApiTags.Surveys).UsesStore()
            .WithHeader(RespondentToken.HeaderName, true, "The respondent token: the part of the survey link after '#'. Sent in a header so that it never appears in a URL or an access log.");
        group.MapPost("/", CreateDraft).WithName("CreateDraft")
            .WithSummary("Keep a draft under a new resume code")
            .WithDescription("Keeps a half-finished response (validated like a submission) and the part to continue at, under a new random resume code the respondent can write down and use on another device. The code names this draft only, and stops working when the cycle closes. The respondent id is issued by the server (any id in the body is ignored). 404 for an unknown token; 409 when the cycle has closed; 429 (with Retry-After) when this address or this link wrote too many drafts in the last minute.")
            .AcceptsJson<SurveyDraft>()
            .Produces<DraftReceipt>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status429TooManyRequests);
        group.MapPut("/{code}", SaveDraft).WithName("SaveDraft")
            .WithSummary("Update the draft under a resume code")
            .WithDescription("Replaces the draft kept under the code. 404 for an unknown token or code (an unknown code counts towards the lookup limit); 409 when the cycle has closed; 429 (with Retry-After) when this address failed too many lookups or wrote too many drafts, or the link received too many.")
            .AcceptsJson<SurveyDraft>()
            .Produces<DraftReceipt>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status429TooManyRequests);
        group.MapGet("/{code}", ResumeDraft).WithName("ResumeDraft")
            .WithSummary("Read the draft under a resume code")
            .WithDescription("The draft kept under the code (case, spaces and hyphens do not matter), to continue on this device. 404 for an unknown token or code, without saying which; 409 when the cycle has closed (its drafts are deleted at close); 429 when this address failed too many lookups (10 in 10 minutes by default), with Retry-After.")
            .Produces<SurveyDraft>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status429TooManyRequests);
        return api;
    }

    /// <summary>Registers what the routes need: the guard against guessing codes (its limit is <c>Wellness:ResumeFailuresPerTenMinutes</c>).</summary>
    public static IServiceCollection AddResumeDrafts(this IServiceCollection services) =>
        services.AddSingleton<ResumeGuard>();

    public static async Task<IResult> CreateDraft(HttpContext http, AssessmentStore assessments, DraftStore drafts, SubmissionLimits limits, InstrumentCatalog catalog, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        var request = http.Request;
        if (RespondentToken.Read(request) is not { } respondentToken)
        {
            return RespondentToken.Missing();
        }

        var (assessment, refused) = await OpenCycleAsync(respondentToken, assessments, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        if (limits.DraftWrite(http, assessment!.Id) is { } tooMany)
        {
            return tooMany;
        }

        // The respondent id is the server's (random), never the client's: a later submission with this code uses it.
        var (draft, problem) = await ReadDraftAsync(request, assessment!, SurveysApi.NewRespondentId(), catalog, options.Value, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var code = await drafts.CreateAsync(assessment!, draft!, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created((string?)null, new DraftReceipt(code));
    }

    public static async Task<IResult> SaveDraft(string code, HttpContext http, AssessmentStore assessments, DraftStore drafts, SubmissionLimits limits, ResumeGuard guard, InstrumentCatalog catalog, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        var request = http.Request;
        if (guard.IsBlocked(http))
        {
            return TooManyCodes(http);
        }

        if (RespondentToken.Read(request) is not { } respondentToken)
        {
            return RespondentToken.Missing();
        }

        var (assessment, refused) = await OpenCycleAsync(respondentToken, assessments, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        if (limits.DraftWrite(http, assessment!.Id) is { } tooMany)
        {
            return tooMany;
        }

        // An unknown code counts towards the lookup limit, like a failed read: a PUT is no way around it.
        if (await drafts.FindAsync(assessment!, code, cancellationToken).ConfigureAwait(false) is not { } kept)
        {
            guard.Failed(http);
            return UnknownCode();
        }

        var (draft, problem) = await ReadDraftAsync(request, assessment!, kept.Response.RespondentId, catalog, options.Value, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        return await drafts.ReplaceAsync(assessment!, code, draft!, cancellationToken).ConfigureAwait(false)
            ? TypedResults.Ok(new DraftReceipt(code))
            : UnknownCode();
    }

    public static async Task<IResult> ResumeDraft(string code, HttpContext http, AssessmentStore assessments, DraftStore drafts, ResumeGuard guard, CancellationToken cancellationToken)
    {
        if (guard.IsBlocked(http))
        {
            return TooManyCodes(http);
        }

        if (RespondentToken.Read(http.Request) is not { } respondentToken)
        {
            return RespondentToken.Missing();
        }

        var (assessment, refused) = await OpenCycleAsync(respondentToken, assessments, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        if (await drafts.FindAsync(assessment!, code, cancellationToken).ConfigureAwait(false) is not { } draft)
        {
            guard.Failed(http);
            return UnknownCode();
        }

        return TypedResults.Ok(new SurveyDraft(draft.Response, draft.Part));
    }

    /// <summary>The 429 for an address that failed too many resume-code lookups, with Retry-After.</summary>
    public static ProblemHttpResult TooManyCodes(HttpContext http)
    {
        http.Response.Headers.RetryAfter = ((int)ResumeGuard.Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(detail: "Too many resume codes were tried from this address. Wait a few minutes and try again.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many attempts");
    }

    private static ProblemHttpResult UnknownCode() =>
        ApiProblems.NotFound("This resume code does not work for this survey. Check it, or start again.");

    private static async Task<(Assessment? Assessment, IResult? Refused)> OpenCycleAsync(string respondentToken, AssessmentStore assessments, CancellationToken cancellationToken)
    {
        if (await assessments.FindByTokenAsync(respondentToken, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return (null, ApiProblems.NotFound("This survey link is not valid."));
        }

        return assessment.Status == AssessmentStatus.Open
            ? (assessment, null)
            : (null, ApiProblems.Conflict("This assessment has closed; answers can no longer be saved, and resume codes no longer work."));
    }

    private static async Task<(SavedDraft? Draft, IResult? Problem)> ReadDraftAsync(HttpRequest request, Assessment assessment, string respondentId, InstrumentCatalog catalog, WellnessApiOptions options, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, options.MaxBodyBytes, ApiJson.TypeInfo<SurveyDraft>(), cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return (null, problem);
        }

        if (body!.Response is null)
        {
            return (null, ApiProblems.Invalid("response", "is required"));
        }

        var instrument = catalog.Resolve(assessment.Instrument);
        var steps = instrument.Domains.Count() + 1;
        if (body.Part < 0 || body.Part > steps)
        {
            return (null, ApiProblems.Invalid("part", $"must be between 0 and {steps}"));
        }

        var response = body.Response with { RespondentId = respondentId };
        var errors = catalog.ResolveCompiled(assessment.Instrument).Validate(response);
        return errors.Count > 0
            ? (null, ApiProblems.Invalid(new AssessmentValidationException("draft", errors.Select(e => e with { Path = e.Path.Length == 0 ? "response" : $"response.{e.Path}" }).ToList())))
            : (new SavedDraft(response, body.Part), null);
    }
}
