using WellnessAssessment.Api.Authentication;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Http.Invitations;
using WellnessAssessment.Service.Invitations;

namespace WellnessAssessment.Api.Invitations;

/// <summary>
/// Invitation codes of a cycle (agency key): issue N single-use codes (shown once; only hashes are stored), print them
/// as a sheet of cut-out slips, or export them as CSV for a mail merge. A cycle with codes asks every submission for one.
/// </summary>
internal static class InvitationsApi
{
    public static RouteGroupBuilder MapInvitationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/agencies/{agencyId}/assessments/{assessmentId}/invitations").WithTags(ApiTags.Assessments).RequireAgencyKey().UsesStore();
        group.MapPost("/", InvitationEndpoints.IssueInvitationCodes).WithName("IssueInvitationCodes")
            .WithSummary("Issue invitation codes")
            .WithDescription("Issues 1 to 2000 new single-use codes for an open cycle, at opening or later, and returns them this once: only their hashes are stored. From then on every submission needs a code (header X-Invitation-Code); the first respondent to use a code holds it and may resubmit until close. Codes are tied to no name: hand the slips out at random. A closed cycle answers 409.")
            .AcceptsJson<IssueInvitationsRequest>()
            .Produces<IssuedInvitations>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        group.MapGet("/", InvitationEndpoints.GetInvitationStatus).WithName("GetInvitationStatus")
            .WithSummary("Count a cycle's invitation codes")
            .WithDescription("How many codes the cycle has issued and how many a respondent has used. The codes themselves cannot be read back.")
            .Produces<InvitationStatus>()
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPost("/sheet.pdf", InvitationEndpoints.GetInvitationSheet).WithName("GetInvitationSheet")
            .WithSummary("Print invitation slips")
            .WithDescription("A PDF of cut-out slips, ten to a US Letter page: each with its code, the survey's address, a QR code of that address and the anonymity statement. Send the codes as issued; a code that is not the cycle's answers 400.")
            .AcceptsJson<InvitationSheetRequest>()
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPost("/sheet.csv", InvitationEndpoints.GetInvitationCsv).WithName("GetInvitationCsv")
            .WithSummary("Export invitation codes for a mail merge")
            .WithDescription("CSV (UTF-8, header row code,survey_url) of the codes sent, for a mail merge. A code that is not the cycle's answers 400.")
            .AcceptsJson<InvitationSheetRequest>()
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblems(StatusCodes.Status404NotFound);
        return api;
    }
}
