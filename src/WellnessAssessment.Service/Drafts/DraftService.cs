using WellnessAssessment.Instruments;
using WellnessAssessment.Service.Limits;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Drafts;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Service.Drafts;

/// <summary>
/// Resume codes for respondents, with the token from their link: keep a half-finished response under a short random
/// code, update it, and read it back on another device. A code names one draft of one cycle and nothing else; it stops
/// working when the cycle closes (closing deletes the drafts). Draft writes are limited per client address and per
/// link; failed lookups (reads and updates of unknown codes) per client address (<see cref="ClientLimits"/>).
/// </summary>
public sealed class DraftService(CycleStore assessments, DraftStore drafts, InstrumentCatalog catalog, ClientLimits limits)
{
    /// <summary>A new online respondent id, issued by the server: 128 random bits, so nobody can name another respondent's answers.</summary>
    public static string NewRespondentId() => "o-" + SecretKeys.Create(16);

    /// <summary>The problem of a request without a respondent token: a validation problem naming the header.</summary>
    public static Problem MissingToken() =>
        new(ProblemKind.Invalid, "Survey link missing", $"The {RespondentRequest.TokenHeader} header is required: the survey page sends the code from its link (the part after '#').")
        {
            Errors = new Dictionary<string, string[]>(StringComparer.Ordinal) { [RespondentRequest.TokenHeader] = ["is required"] },
        };

    /// <summary>Keeps a new draft under a new resume code (the respondent id is the server's; any in the body is ignored).</summary>
    /// <param name="request">The respondent's token and client.</param>
    /// <param name="readBody">Reads the draft (after the link and the limits are checked).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The receipt (created, no location), 400, 404, 409, 413, 415 or 429.</returns>
    public async Task<Outcome<DraftReceipt>> CreateAsync(RespondentRequest request, Func<CancellationToken, Task<Outcome<SurveyDraft>>> readBody, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(readBody);
        var (assessment, refused) = await OpenCycleAsync(request, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        if (limits.TakeDraftWrite(request.Client, assessment!.Id) is { } tooMany)
        {
            return tooMany;
        }

        var draft = await ReadDraftAsync(readBody, assessment, NewRespondentId(), cancellationToken).ConfigureAwait(false);
        if (!draft.Succeeded)
        {
            return draft.Problem;
        }

        var code = await drafts.CreateAsync(assessment, draft.Value!, cancellationToken).ConfigureAwait(false);
        return new Outcome<DraftReceipt>(OutcomeKind.Created, new DraftReceipt(code), null, null);
    }

    /// <summary>Replaces the draft under <paramref name="code"/>; an unknown code counts towards the lookup limit.</summary>
    /// <param name="request">The respondent's token and client.</param>
    /// <param name="code">The resume code.</param>
    /// <param name="readBody">Reads the draft (after the link, the limits and the code are checked).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The receipt, 400, 404, 409, 413, 415 or 429.</returns>
    public async Task<Outcome<DraftReceipt>> SaveAsync(RespondentRequest request, string code, Func<CancellationToken, Task<Outcome<SurveyDraft>>> readBody, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(readBody);
        if (limits.Check(Allowance.ResumeLookupFailures, request.Client) is { } blocked)
        {
            return blocked;
        }

        var (assessment, refused) = await OpenCycleAsync(request, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        if (limits.TakeDraftWrite(request.Client, assessment!.Id) is { } tooMany)
        {
            return tooMany;
        }

        // An unknown code counts towards the lookup limit, like a failed read: a PUT is no way around it.
        if (await drafts.FindAsync(assessment, code, cancellationToken).ConfigureAwait(false) is not { } kept)
        {
            limits.Count(Allowance.ResumeLookupFailures, request.Client);
            return UnknownCode();
        }

        var draft = await ReadDraftAsync(readBody, assessment, kept.Response.RespondentId, cancellationToken).ConfigureAwait(false);
        if (!draft.Succeeded)
        {
            return draft.Problem;
        }

        return await drafts.ReplaceAsync(assessment, code, draft.Value!, cancellationToken).ConfigureAwait(false)
            ? Outcome.Found(new DraftReceipt(code))
            : UnknownCode();
    }

    /// <summary>The draft under <paramref name="code"/> (case, spaces and hyphens do not matter); an unknown code counts towards the lookup limit.</summary>
    /// <param name="request">The respondent's token and client.</param>
    /// <param name="code">The resume code.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The draft, 400, 404 (unknown token or code, without saying which), 409 or 429.</returns>
    public async Task<Outcome<SurveyDraft>> ResumeAsync(RespondentRequest request, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(code);
        if (limits.Check(Allowance.ResumeLookupFailures, request.Client) is { } blocked)
        {
            return blocked;
        }

        var (assessment, refused) = await OpenCycleAsync(request, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        if (await drafts.FindAsync(assessment!, code, cancellationToken).ConfigureAwait(false) is not { } draft)
        {
            limits.Count(Allowance.ResumeLookupFailures, request.Client);
            return UnknownCode();
        }

        return Outcome.Found(new SurveyDraft(draft.Response, draft.Part));
    }

    private static Problem UnknownCode() =>
        Problem.NotFound("This resume code does not work for this survey. Check it, or start again.");

    private async Task<(StoredCycle? StoredCycle, Problem? Refused)> OpenCycleAsync(RespondentRequest request, CancellationToken cancellationToken)
    {
        if (request.Token is null)
        {
            return (null, MissingToken());
        }

        if (await assessments.FindByTokenAsync(request.Token, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return (null, Problem.NotFound("This survey link is not valid."));
        }

        return assessment.Status == CycleStatus.Open
            ? (assessment, null)
            : (null, Problem.Conflict("This assessment has closed; answers can no longer be saved, and resume codes no longer work."));
    }

    private async Task<Outcome<SavedDraft>> ReadDraftAsync(Func<CancellationToken, Task<Outcome<SurveyDraft>>> readBody, StoredCycle assessment, string respondentId, CancellationToken cancellationToken)
    {
        var body = await readBody(cancellationToken).ConfigureAwait(false);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        if (body.Value?.Response is null)
        {
            return Problem.Invalid("response", "is required");
        }

        var steps = catalog.Resolve(assessment.Instrument).Domains.Count() + 1;
        if (body.Value.Part < 0 || body.Value.Part > steps)
        {
            return Problem.Invalid("part", $"must be between 0 and {steps}");
        }

        var response = body.Value.Response with { RespondentId = respondentId };
        var errors = catalog.ResolveCompiled(assessment.Instrument).Validate(response);
        return errors.Count > 0
            ? Problem.Invalid("draft", [.. errors.Select(e => e with { Path = e.Path.Length == 0 ? "response" : $"response.{e.Path}" })])
            : Outcome.Found(new SavedDraft(response, body.Value.Part));
    }
}
