using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Infrastructure;
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
        var group = api.MapGroup("/surveys/{respondentToken}/drafts").WithTags("Surveys");
        group.MapPost("/", CreateDraft).WithName("CreateDraft").Accepts<SurveyDraft>("application/json");
        group.MapPut("/{code}", SaveDraft).WithName("SaveDraft").Accepts<SurveyDraft>("application/json");
        group.MapGet("/{code}", ResumeDraft).WithName("ResumeDraft");
        return api;
    }

    /// <summary>Registers what the routes need: the guard against guessing codes.</summary>
    public static IServiceCollection AddResumeDrafts(this IServiceCollection services, IConfiguration wellness, bool behindFunctionsHost) =>
        services.AddSingleton(new ResumeGuard(wellness.GetValue("ResumeFailuresPerTenMinutes", 10), behindFunctionsHost));

    public static async Task<IResult> CreateDraft(string respondentToken, HttpRequest request, AssessmentStore assessments, DraftStore drafts, InstrumentCatalog catalog, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        var (assessment, refused) = await OpenCycleAsync(respondentToken, assessments, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        var (draft, problem) = await ReadDraftAsync(request, assessment!, catalog, options.Value, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var code = await drafts.CreateAsync(assessment!, draft!, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created((string?)null, new DraftReceipt(code));
    }

    public static async Task<IResult> SaveDraft(string respondentToken, string code, HttpRequest request, AssessmentStore assessments, DraftStore drafts, InstrumentCatalog catalog, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        var (assessment, refused) = await OpenCycleAsync(respondentToken, assessments, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        var (draft, problem) = await ReadDraftAsync(request, assessment!, catalog, options.Value, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        return await drafts.ReplaceAsync(assessment!, code, draft!, cancellationToken).ConfigureAwait(false)
            ? TypedResults.Ok(new DraftReceipt(code))
            : UnknownCode();
    }

    public static async Task<IResult> ResumeDraft(string respondentToken, string code, HttpContext http, AssessmentStore assessments, DraftStore drafts, ResumeGuard guard, CancellationToken cancellationToken)
    {
        if (guard.IsBlocked(http))
        {
            http.Response.Headers.RetryAfter = ((int)ResumeGuard.Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(detail: "Too many resume codes were tried from this address. Wait a few minutes and try again.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many attempts");
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

    private static async Task<(SavedDraft? Draft, IResult? Problem)> ReadDraftAsync(HttpRequest request, Assessment assessment, InstrumentCatalog catalog, WellnessApiOptions options, CancellationToken cancellationToken)
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

        var errors = catalog.ResolveCompiled(assessment.Instrument).Validate(body.Response);
        return errors.Count > 0
            ? (null, ApiProblems.Invalid(new AssessmentValidationException("draft", errors.Select(e => e with { Path = e.Path.Length == 0 ? "response" : $"response.{e.Path}" }).ToList())))
            : (new SavedDraft(body.Response, body.Part), null);
    }
}
