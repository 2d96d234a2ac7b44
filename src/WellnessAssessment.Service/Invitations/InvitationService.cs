using Microsoft.Extensions.Options;
using WellnessAssessment.Reports.Csv;
using WellnessAssessment.Service.Cycles;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Invitations;

namespace WellnessAssessment.Service.Invitations;

/// <summary>
/// Invitation codes of a cycle (agency key): issue 1 to <see cref="InvitationStore.MaxPerRequest"/> single-use codes
/// (shown once; only their hashes are stored), count them, and give codes the agency holds back as a sheet of cut-out
/// slips (<see cref="InvitationSheet"/>) or as CSV for a mail merge. A code sent back must be one issued for the cycle.
/// </summary>
public sealed class InvitationService(CycleService cycles, InvitationStore invitations, IOptionsMonitor<WellnessApiOptions> options)
{
    /// <summary>Issues new codes for an open cycle.</summary>
    /// <param name="request">The cycle and caller.</param>
    /// <param name="body">How many codes, as the host read it, or why the body could not be read.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The codes (created), 400 naming <c>count</c>, 404, or 409 for a closed cycle (or the body's problem).</returns>
    public async Task<Outcome<IssuedInvitations>> IssueAsync(CycleRequest request, Outcome<IssueInvitationsRequest> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        if (await cycles.FindAsync(request, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return CycleService.NoSuchCycle();
        }

        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var count = body.Value!.Count;
        if (count is < 1 or > InvitationStore.MaxPerRequest)
        {
            return Problem.Invalid("count", $"must be between 1 and {InvitationStore.MaxPerRequest}");
        }

        if (assessment.Status != CycleStatus.Open)
        {
            return Problem.Conflict("The cycle is closed; no more invitation codes can be issued.");
        }

        var issued = await invitations.IssueAsync(assessment, count, cancellationToken).ConfigureAwait(false);
        return Outcome.Created(
            new IssuedInvitations(issued.Codes, issued.TotalIssued, SurveyUrl(request, assessment)),
            $"/api/agencies/{request.AgencyId}/assessments/{request.AssessmentId}/invitations");
    }

    /// <summary>How many codes the cycle issued and how many a respondent used.</summary>
    /// <param name="request">The cycle and caller.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The counts, or 404.</returns>
    public async Task<Outcome<InvitationStatus>> StatusAsync(CycleRequest request, CancellationToken cancellationToken)
    {
        if (await cycles.FindAsync(request, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return CycleService.NoSuchCycle();
        }

        var issued = await invitations.IssuedAsync(assessment, cancellationToken).ConfigureAwait(false);
        var used = issued == 0 ? 0 : await invitations.UsedAsync(assessment, cancellationToken).ConfigureAwait(false);
        return Outcome.Found(new InvitationStatus(issued, used));
    }

    /// <summary>
    /// The codes sent, each with the survey's address, as the printable sheet or as CSV. The codes are checked first:
    /// 1 to <see cref="InvitationStore.MaxPerRequest"/> of them, each an invitation code (<c>codes[i]</c> names the
    /// first that is not), all issued for this cycle.
    /// </summary>
    /// <param name="request">The cycle and caller (the caller's agency name heads each slip).</param>
    /// <param name="body">The codes, as the host read them, or why the body could not be read.</param>
    /// <param name="format">Sheet or CSV.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The file, 400 naming the place, or 404 (or the body's problem).</returns>
    public async Task<Outcome<InvitationFile>> WriteAsync(CycleRequest request, Outcome<InvitationSheetRequest> body, InvitationFileFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        if (await cycles.FindAsync(request, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return CycleService.NoSuchCycle();
        }

        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var codes = body.Value!.Codes ?? [];
        if (codes.Count is 0 or > InvitationStore.MaxPerRequest)
        {
            return Problem.Invalid("codes", $"must hold 1 to {InvitationStore.MaxPerRequest} codes");
        }

        var printed = codes.Select(code => InvitationCode.Normalize(code) is { } normalized ? InvitationCode.Format(normalized) : null).ToList();
        if (printed.IndexOf(null) is var bad and >= 0)
        {
            return Problem.Invalid($"codes[{bad}]", "is not an invitation code (ten letters and digits, XXXXX-XXXXX)");
        }

        if (!await invitations.AreIssuedAsync(assessment, printed!, cancellationToken).ConfigureAwait(false))
        {
            return Problem.Invalid("codes", "holds a code that was not issued for this cycle");
        }

        var url = SurveyUrl(request, assessment);
        var name = $"{assessment.AgencyId}-{assessment.Id}-invitations";
        return Outcome.Found(format == InvitationFileFormat.Sheet
            ? new InvitationFile(InvitationSheet.Write(request.Caller.NameOf(assessment.AgencyId), assessment.Title, url, printed!), "application/pdf", name + ".pdf")
            : new InvitationFile(Csv(printed!, url), "text/csv; charset=utf-8", name + ".csv"));
    }

    private string SurveyUrl(CycleRequest request, StoredCycle assessment) =>
        SurveyLinks.RespondentUrl(SurveyLinks.Root(request.RequestRoot, options.CurrentValue), assessment.RespondentToken);

    /// <summary>UTF-8 CSV (no byte-order mark, the one CSV writer <see cref="CsvTable"/>), header row <c>code,survey_url</c>, one row per code.</summary>
    private static byte[] Csv(IReadOnlyList<string> codes, string url) =>
        CsvTable.ToUtf8([["code", "survey_url"], .. codes.Select(code => (IReadOnlyList<string>)[code, url])], byteOrderMark: false);
}
