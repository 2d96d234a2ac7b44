using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Service.Drafts;
using WellnessAssessment.Service.Limits;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Drafts;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Storage.Invitations;
using WellnessAssessment.Storage.Responses;

namespace WellnessAssessment.Service.Surveys;

/// <summary>
/// What respondents do with the token from their link: read the survey, and submit answers. A submission is stored
/// under a respondent id the server issues (or the one behind the resume code of earlier answers) and returns a resume
/// code; it is limited per client address and per link (<see cref="ClientLimits"/>), a cycle that issued invitation
/// codes needs one (<see cref="InvitationGate"/>), and a failed resume code counts towards the lookup limit.
/// </summary>
public sealed class SurveyService(CycleStore assessments, ResponseStore responses, DraftStore drafts, InvitationStore invitations, InstrumentCatalog catalog, ClientLimits limits, InvitationGate gate)
{
    /// <summary>The survey of a link: title, status, anonymity threshold, whether codes are needed, the instrument and its time per language.</summary>
    /// <param name="request">The respondent's token and client.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The survey, 400 (no token) or 404 (unknown token).</returns>
    public async Task<Outcome<SurveyView>> GetAsync(RespondentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Token is null)
        {
            return DraftService.MissingToken();
        }

        if (await assessments.FindByTokenAsync(request.Token, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return UnknownLink();
        }

        var instrument = catalog.Resolve(assessment.Instrument);
        var estimates = new[] { instrument.OwnLanguage }.Concat(instrument.Languages ?? [])
            .ToDictionary(language => language, language => SurveyTimeEstimate.For(instrument, language), StringComparer.Ordinal);
        var codes = await invitations.IssuedAsync(assessment, cancellationToken).ConfigureAwait(false) > 0;
        return Outcome.Found(new SurveyView(assessment.Title, assessment.Status == CycleStatus.Open ? "open" : "closed", ScoringOptions.Default.MinimumGroupSize, instrument, estimates)
        {
            InvitationCodeRequired = codes,
            Purpose = assessment.Purpose,
        });
    }

    /// <summary>
    /// Stores one respondent's answers. The checks run in this order, and none stores anything: the link (400, 404), the
    /// address's and the link's allowance (429), the body (<paramref name="readBody"/>: 400, 413, 415), the
    /// Idempotency-Key (400), a closed cycle (409; a repeat of a stored submission gets its receipt), a cycle that takes an
    /// import (409), the resume code (429 past the lookup limit, 404 unknown), the answers (400 by place), the invitation
    /// code (403, 429). Then the draft under the resume code is written first and the answers committed: 200, 409 when
    /// the cycle closed meanwhile, 503 when too much arrived at once.
    /// </summary>
    /// <param name="request">The respondent, the request's key and codes.</param>
    /// <param name="readBody">Reads the answers (after the link and the allowances are checked).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The receipt with the resume code, or the problem.</returns>
    public async Task<Outcome<SubmissionReceipt>> SubmitAsync(SubmissionRequest request, Func<CancellationToken, Task<Outcome<Response>>> readBody, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(readBody);
        if (request.Respondent.Token is null)
        {
            return DraftService.MissingToken();
        }

        if (await assessments.FindByTokenAsync(request.Respondent.Token, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return UnknownLink();
        }

        if (limits.TakeSubmission(request.Respondent.Client, assessment.Id) is { } tooMany)
        {
            return tooMany;
        }

        var sent = await readBody(cancellationToken).ConfigureAwait(false);
        if (!sent.Succeeded)
        {
            return sent.Problem;
        }

        if (request.Key.Problem is { } badKey)
        {
            return badKey;
        }

        // A closed cycle answers the same for every submission, whatever code it carries: no code's status shows. Only a
        // repeat of a submission that was stored (same Idempotency-Key, its answer lost) learns that it was.
        if (assessment.Status != CycleStatus.Open)
        {
            return request.Key.Value is { } key && await responses.SubmittedUnderAsync(assessment, key, cancellationToken).ConfigureAwait(false) is { } stored
                ? Outcome.Found(new SubmissionReceipt(stored, "received"))
                : Closed();
        }

        if (assessment.Origin == ResponseOrigin.Import)
        {
            return TakesAnImport();
        }

        var respondentId = await RespondentIdAsync(request, assessment, cancellationToken).ConfigureAwait(false);
        if (!respondentId.Succeeded)
        {
            return respondentId.Problem;
        }

        var response = sent.Value! with { RespondentId = respondentId.Value! };
        var errors = catalog.ResolveCompiled(assessment.Instrument).Validate(response);
        if (errors.Count > 0)
        {
            return Problem.Invalid("response", errors);
        }

        if (await gate.CheckAsync(assessment, request.InvitationCode, response.RespondentId, request.Respondent.Client, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        return await StoreAsync(assessment, response, request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The respondent id is the server's: the one behind the resume code issued with earlier answers, else the one a repeat was stored under, else a new random one.</summary>
    private async Task<Outcome<string>> RespondentIdAsync(SubmissionRequest request, StoredCycle assessment, CancellationToken cancellationToken)
    {
        if (ResumeCodeOf(request) is { } code)
        {
            if (limits.Check(Allowance.ResumeLookupFailures, request.Respondent.Client) is { } blocked)
            {
                return blocked;
            }

            if (await drafts.FindAsync(assessment, code, cancellationToken).ConfigureAwait(false) is not { } earlier)
            {
                limits.Count(Allowance.ResumeLookupFailures, request.Respondent.Client);
                return Problem.NotFound("This resume code does not work for this survey; nothing was stored. Check it, or send your answers without it as a new response.");
            }

            return Outcome.Found(earlier.Response.RespondentId);
        }

        // A repeat of a stored submission (same Idempotency-Key, its answer lost) keeps the id it was stored under.
        var repeated = request.Key.Value is { } key ? await responses.SubmittedUnderAsync(assessment, key, cancellationToken).ConfigureAwait(false) : null;
        return Outcome.Found(repeated ?? DraftService.NewRespondentId());
    }

    private async Task<Outcome<SubmissionReceipt>> StoreAsync(StoredCycle assessment, Response response, SubmissionRequest request, CancellationToken cancellationToken)
    {
        // The answers stay changeable under a resume code until the cycle closes (closing deletes it); the device keeps
        // nothing. The draft is written first, so a failure after the commit never leaves answers without their code.
        var review = catalog.Resolve(assessment.Instrument).Domains.Count() + 1;
        var code = ResumeCodeOf(request);
        if (code is null || !await drafts.ReplaceAsync(assessment, code, new SavedDraft(response, review), cancellationToken).ConfigureAwait(false))
        {
            code = await drafts.CreateAsync(assessment, new SavedDraft(response, review), cancellationToken).ConfigureAwait(false);
        }

        // The store settles a race with close: 200 means the response is in the results; 409 means nothing was written.
        var (outcome, storedAs) = await responses.SubmitAsync(assessment, response, request.Key.Value, cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case SubmissionOutcome.Accepted:
                if (storedAs != response.RespondentId)
                {
                    // Two repeats of one submission raced: the code names the id the answers are stored under.
                    await drafts.ReplaceAsync(assessment, code, new SavedDraft(response with { RespondentId = storedAs }, review), cancellationToken).ConfigureAwait(false);
                }

                return Outcome.Found(new SubmissionReceipt(storedAs, "received") { ResumeCode = Displayed(code) });
            case SubmissionOutcome.Closed:
                return Closed();
            case SubmissionOutcome.Imported:
                return TakesAnImport();
            default:
                return Problem.Busy("Many answers arrived at once; nothing was stored. Send the same answers again in a moment.");
        }
    }

    private static string? ResumeCodeOf(SubmissionRequest request) =>
        request.ResumeCode?.Trim() is { Length: > 0 } code ? code : null;

    /// <summary>A resume code as the respondent writes it down: <c>XXXXX-XXXXX</c>.</summary>
    private static string Displayed(string code) =>
        ResumeCode.Normalize(code) is { } normalized ? $"{normalized[..5]}-{normalized[5..]}" : code;

    private static Problem UnknownLink() => Problem.NotFound("This survey link is not valid.");

    private static Problem Closed() =>
        Problem.Conflict("This assessment has closed; answers can no longer be submitted or changed.");

    private static Problem TakesAnImport() =>
        Problem.Conflict("This cycle takes its answers from an import, not through the link; nothing was stored.");
}
