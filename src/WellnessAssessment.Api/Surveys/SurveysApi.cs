using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Storage.Assessments;
using WellnessAssessment.Storage.Drafts;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Storage.Invitations;
using WellnessAssessment.Storage.Responses;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Api.Surveys;

/// <summary>What respondents use, with the token from their link: the survey, and submitting answers.</summary>
internal static class SurveysApi
{
    public static RouteGroupBuilder MapSurveysApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/surveys/{respondentToken}").WithTags(ApiTags.Surveys).UsesStore();
        group.MapGet("/", GetSurvey).WithName("GetSurvey")
            .WithSummary("Get the survey of a respondent link")
            .WithDescription("The older form of GET /api/survey, with the token in the path (where proxies and access logs see it). The cycle's title and status, the anonymity threshold, whether submissions need an invitation code, and the instrument to answer. An unknown token answers 404.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPost("/responses", SubmitResponse).WithName("SubmitResponse")
            .WithSummary("Submit answers")
            .WithDescription("Stores one respondent's answers under a respondent id the server issues (any id in the body is ignored) and returns a resume code; sending new answers with that code in X-Resume-Code replaces them until the cycle closes. 200 means the answers count in the results; 409 means the cycle has closed and nothing was stored; 503 means many answers arrived at once and nothing was stored (send again).")
            .AcceptsJson<Response>()
            .Produces<SubmissionReceipt>()
            .WithHeader(InvitationGate.HeaderName, false, "The invitation code from the respondent's slip (XXXXX-XXXXX), for cycles that issued codes.")
            .WithHeader(ResumeCodeHeader, false, "The resume code returned with earlier answers, to replace them; without it the answers are a new response.")
            .AcceptsIdempotencyKey()
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status429TooManyRequests);
        return api;
    }

    public static async Task<Results<Ok<SurveyView>, ProblemHttpResult>> GetSurvey(string respondentToken, AssessmentStore assessments, InvitationStore invitations, InstrumentCatalog catalog, CancellationToken cancellationToken)
    {
        if (await assessments.FindByTokenAsync(respondentToken, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return ApiProblems.NotFound("This survey link is not valid.");
        }

        var instrument = catalog.Resolve(assessment.Instrument);
        var estimates = new[] { instrument.OwnLanguage }.Concat(instrument.Languages ?? [])
            .ToDictionary(language => language, language => SurveyTimeEstimate.For(instrument, language), StringComparer.Ordinal);
        var codes = await invitations.IssuedAsync(assessment, cancellationToken).ConfigureAwait(false) > 0;
        return TypedResults.Ok(new SurveyView(assessment.Title, assessment.Status == AssessmentStatus.Open ? "open" : "closed", ScoringOptions.Default.MinimumGroupSize, instrument, estimates) { InvitationCodeRequired = codes, Purpose = assessment.Purpose });
    }

    /// <summary>The header that carries a resume code with a submission that changes earlier answers.</summary>
    public const string ResumeCodeHeader = "X-Resume-Code";

    /// <summary>A new online respondent id, issued by the server: 128 random bits, so nobody can name another respondent's answers.</summary>
    public static string NewRespondentId() => Service.Drafts.DraftService.NewRespondentId();

    public static async Task<IResult> SubmitResponse(string respondentToken, HttpContext http, AssessmentStore assessments, ResponseStore responses, InvitationStore invitations, DraftStore drafts, SubmissionLimits limits, ResumeGuard guard, InstrumentCatalog catalog, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        var request = http.Request;
        if (await assessments.FindByTokenAsync(respondentToken, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return ApiProblems.NotFound("This survey link is not valid.");
        }

        if (limits.Submission(http, assessment.Id) is { } tooMany)
        {
            return tooMany;
        }

        var (sent, problem) = await JsonBody.ReadAsync(request, options.Value.MaxBodyBytes, ApiJson.TypeInfo<Response>(), cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var (requestKey, badKey) = IdempotencyKey.Read(request);
        if (badKey is not null)
        {
            return badKey;
        }

        // A closed cycle answers the same for every submission, whatever code it carries: no code's status shows. Only a
        // repeat of a submission that was stored (same Idempotency-Key, its answer lost) learns that it was.
        if (assessment.Status != AssessmentStatus.Open)
        {
            return requestKey is not null && await responses.SubmittedUnderAsync(assessment, requestKey, cancellationToken).ConfigureAwait(false) is { } stored
                ? TypedResults.Ok(new SubmissionReceipt(stored, "received"))
                : Closed();
        }

        if (assessment.Origin == ResponseOrigin.Import)
        {
            return TakesAnImport();
        }

        // The respondent id is the server's: a new random one, or the one behind the resume code issued with earlier answers.
        var code = request.Headers[ResumeCodeHeader].ToString().Trim();
        string respondentId;
        if (code.Length > 0)
        {
            if (guard.IsBlocked(http))
            {
                return DraftsApi.TooManyCodes(http);
            }

            if (await drafts.FindAsync(assessment, code, cancellationToken).ConfigureAwait(false) is not { } earlier)
            {
                guard.Failed(http);
                return ApiProblems.NotFound("This resume code does not work for this survey; nothing was stored. Check it, or send your answers without it as a new response.");
            }

            respondentId = earlier.Response.RespondentId;
        }
        else
        {
            // A repeat of a stored submission (same Idempotency-Key, its answer lost) keeps the id it was stored under.
            respondentId = (requestKey is null ? null : await responses.SubmittedUnderAsync(assessment, requestKey, cancellationToken).ConfigureAwait(false))
                ?? NewRespondentId();
        }

        var response = sent! with { RespondentId = respondentId };
        var errors = catalog.ResolveCompiled(assessment.Instrument).Validate(response);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(new AssessmentValidationException("response", errors));
        }

        if (await InvitationGate.CheckAsync(http, assessment, respondentId, invitations, limits, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        // The answers stay changeable under a resume code until the cycle closes (closing deletes it); the device keeps
        // nothing. The draft is written first, so a failure after the commit never leaves answers without their code.
        var review = catalog.Resolve(assessment.Instrument).Domains.Count() + 1;
        if (code.Length == 0 || !await drafts.ReplaceAsync(assessment, code, new SavedDraft(response, review), cancellationToken).ConfigureAwait(false))
        {
            code = await drafts.CreateAsync(assessment, new SavedDraft(response, review), cancellationToken).ConfigureAwait(false);
        }

        // The store settles a race with close: 200 means the response is in the results; 409 means nothing was written.
        var (outcome, storedAs) = await responses.SubmitAsync(assessment, response, requestKey, cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case SubmissionOutcome.Accepted:
                if (storedAs != respondentId)
                {
                    // Two repeats of one submission raced: the code names the id the answers are stored under.
                    await drafts.ReplaceAsync(assessment, code, new SavedDraft(response with { RespondentId = storedAs }, review), cancellationToken).ConfigureAwait(false);
                }

                return TypedResults.Ok(new SubmissionReceipt(storedAs, "received") { ResumeCode = ResumeCode.Normalize(code) is { } normalized ? $"{normalized[..5]}-{normalized[5..]}" : code });
            case SubmissionOutcome.Closed:
                return Closed();
            case SubmissionOutcome.Imported:
                return TakesAnImport();
            default:
                return ApiProblems.Busy("Many answers arrived at once; nothing was stored. Send the same answers again in a moment.");
        }
    }

    private static ProblemHttpResult Closed() =>
        ApiProblems.Conflict("This assessment has closed; answers can no longer be submitted or changed.");

    private static ProblemHttpResult TakesAnImport() =>
        ApiProblems.Conflict("This cycle takes its answers from an import, not through the link; nothing was stored.");
}
