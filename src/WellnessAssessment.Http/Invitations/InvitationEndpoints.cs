using WellnessAssessment.Http.Cycles;
using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Http.Requests;
using WellnessAssessment.Service.Invitations;

namespace WellnessAssessment.Http.Invitations;

/// <summary>A cycle's invitation codes (agency key): <c>/api/agencies/{agencyId}/assessments/{assessmentId}/invitations…</c> issue, count, sheet, CSV.</summary>
public static class InvitationEndpoints
{
    /// <summary><c>POST …/invitations</c>: 201 with the codes, 400, 404, 409.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="invitations">The invitation service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> IssueInvitationCodes(string agencyId, string assessmentId, HttpContext http, InvitationService invitations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitations);
        var body = await HttpBody.ReadAsync<IssueInvitationsRequest>(http, cancellationToken).ConfigureAwait(false);
        return OutcomeResults.ToResult(await invitations.IssueAsync(CycleEndpoints.CycleOf(agencyId, assessmentId, http), body, cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>GET …/invitations</c>: the counts, 404.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="invitations">The invitation service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> GetInvitationStatus(string agencyId, string assessmentId, HttpContext http, InvitationService invitations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitations);
        return OutcomeResults.ToResult(await invitations.StatusAsync(CycleEndpoints.CycleOf(agencyId, assessmentId, http), cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>POST …/invitations/sheet.pdf</c>: the PDF of slips, 400, 404.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="invitations">The invitation service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static Task<IResult> GetInvitationSheet(string agencyId, string assessmentId, HttpContext http, InvitationService invitations, CancellationToken cancellationToken) =>
        WriteAsync(CycleEndpoints.CycleOf(agencyId, assessmentId, http), http, invitations, InvitationFileFormat.Sheet, cancellationToken);

    /// <summary><c>POST …/invitations/sheet.csv</c>: the CSV, 400, 404.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="invitations">The invitation service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static Task<IResult> GetInvitationCsv(string agencyId, string assessmentId, HttpContext http, InvitationService invitations, CancellationToken cancellationToken) =>
        WriteAsync(CycleEndpoints.CycleOf(agencyId, assessmentId, http), http, invitations, InvitationFileFormat.Csv, cancellationToken);

    private static async Task<IResult> WriteAsync(Service.Cycles.CycleRequest request, HttpContext http, InvitationService invitations, InvitationFileFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitations);
        var body = await HttpBody.ReadAsync<InvitationSheetRequest>(http, cancellationToken).ConfigureAwait(false);
        var file = await invitations.WriteAsync(request, body, format, cancellationToken).ConfigureAwait(false);
        return OutcomeResults.ToResult(file, found => TypedResults.File(found.Content, found.ContentType, found.FileName));
    }
}
