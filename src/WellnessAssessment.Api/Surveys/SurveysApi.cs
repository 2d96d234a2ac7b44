using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Storage.Assessments;
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
            .WithDescription("Stores one respondent's answers; sending the same respondent id again replaces them. 200 means the answers count in the results; 409 means the cycle has closed and nothing was stored; 503 means many answers arrived at once and nothing was stored (send again).")
            .AcceptsJson<Response>()
            .Produces<SubmissionReceipt>()
            .WithHeader(InvitationGate.HeaderName, false, "The invitation code from the respondent's slip (XXXXX-XXXXX), for cycles that issued codes.")
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
        return TypedResults.Ok(new SurveyView(assessment.Title, assessment.Status == AssessmentStatus.Open ? "open" : "closed", ScoringOptions.Default.MinimumGroupSize, instrument, estimates) { InvitationCodeRequired = codes });
    }

    public static async Task<IResult> SubmitResponse(string respondentToken, HttpContext http, AssessmentStore assessments, ResponseStore responses, InvitationStore invitations, SubmissionLimits limits, InstrumentCatalog catalog, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
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

        var (response, problem) = await JsonBody.ReadAsync(request, options.Value.MaxBodyBytes, ApiJson.TypeInfo<Response>(), cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var errors = catalog.ResolveCompiled(assessment.Instrument).Validate(response!);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(new AssessmentValidationException("response", errors));
        }

        if (await InvitationGate.CheckAsync(http, assessment, response!.RespondentId, invitations, limits, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        // The store settles a race with close: 200 means the response is in the results; 409 means nothing was written.
        return await responses.SubmitAsync(assessment, response!, cancellationToken).ConfigureAwait(false) switch
        {
            SubmissionOutcome.Accepted => TypedResults.Ok(new SubmissionReceipt(response!.RespondentId, "received")),
            SubmissionOutcome.Closed => ApiProblems.Conflict("This assessment has closed; answers can no longer be submitted or changed."),
            _ => ApiProblems.Busy("Many answers arrived at once; nothing was stored. Send the same answers again in a moment."),
        };
    }
}
