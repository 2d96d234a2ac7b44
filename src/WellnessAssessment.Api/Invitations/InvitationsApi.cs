using WellnessAssessment.Http.Access;
using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Authentication;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Api.Surveys;
using WellnessAssessment.Storage.Assessments;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Storage.Invitations;

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
        group.MapPost("/", IssueCodes).WithName("IssueInvitationCodes")
            .WithSummary("Issue invitation codes")
            .WithDescription("Issues 1 to 2000 new single-use codes for an open cycle, at opening or later, and returns them this once: only their hashes are stored. From then on every submission needs a code (header X-Invitation-Code); the first respondent to use a code holds it and may resubmit until close. Codes are tied to no name: hand the slips out at random. A closed cycle answers 409.")
            .AcceptsJson<IssueInvitationsRequest>()
            .Produces<IssuedInvitations>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        group.MapGet("/", GetStatus).WithName("GetInvitationStatus")
            .WithSummary("Count a cycle's invitation codes")
            .WithDescription("How many codes the cycle has issued and how many a respondent has used. The codes themselves cannot be read back.")
            .Produces<InvitationStatus>()
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPost("/sheet.pdf", GetSheet).WithName("GetInvitationSheet")
            .WithSummary("Print invitation slips")
            .WithDescription("A PDF of cut-out slips, ten to a US Letter page: each with its code, the survey's address, a QR code of that address and the anonymity statement. Send the codes as issued; a code that is not the cycle's answers 400.")
            .AcceptsJson<InvitationSheetRequest>()
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPost("/sheet.csv", GetCsv).WithName("GetInvitationCsv")
            .WithSummary("Export invitation codes for a mail merge")
            .WithDescription("CSV (UTF-8, header row code,survey_url) of the codes sent, for a mail merge. A code that is not the cycle's answers 400.")
            .AcceptsJson<InvitationSheetRequest>()
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblems(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<IResult> IssueCodes(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, InvitationStore invitations, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        var (body, problem) = await JsonBody.ReadAsync(http.Request, options.Value.MaxBodyBytes, ApiJson.TypeInfo<IssueInvitationsRequest>(), cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.Count is < 1 or > InvitationStore.MaxPerRequest)
        {
            return ApiProblems.Invalid("count", $"must be between 1 and {InvitationStore.MaxPerRequest}");
        }

        if (assessment.Status != AssessmentStatus.Open)
        {
            return ApiProblems.Conflict("The cycle is closed; no more invitation codes can be issued.");
        }

        var issued = await invitations.IssueAsync(assessment, body.Count, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created(
            $"/api/agencies/{agencyId}/assessments/{assessmentId}/invitations",
            new IssuedInvitations(issued.Codes, issued.TotalIssued, Surveys.SurveyLinks.RespondentUrl(http.Request, assessment.RespondentToken, options.Value)));
    }

    public static async Task<Results<Ok<InvitationStatus>, ProblemHttpResult>> GetStatus(string agencyId, string assessmentId, AssessmentStore assessments, InvitationStore invitations, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        var issued = await invitations.IssuedAsync(assessment, cancellationToken).ConfigureAwait(false);
        var used = issued == 0 ? 0 : await invitations.UsedAsync(assessment, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new InvitationStatus(issued, used));
    }

    public static Task<IResult> GetSheet(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, InvitationStore invitations, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken) =>
        WriteAsync(agencyId, assessmentId, http, assessments, invitations, options.Value, pdf: true, cancellationToken);

    public static Task<IResult> GetCsv(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, InvitationStore invitations, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken) =>
        WriteAsync(agencyId, assessmentId, http, assessments, invitations, options.Value, pdf: false, cancellationToken);

    private static async Task<IResult> WriteAsync(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, InvitationStore invitations, WellnessApiOptions options, bool pdf, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        var (body, problem) = await JsonBody.ReadAsync(http.Request, options.MaxBodyBytes, ApiJson.TypeInfo<InvitationSheetRequest>(), cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var codes = body!.Codes ?? [];
        if (codes.Count is 0 or > InvitationStore.MaxPerRequest)
        {
            return ApiProblems.Invalid("codes", $"must hold 1 to {InvitationStore.MaxPerRequest} codes");
        }

        var printed = codes.Select(code => InvitationCode.Normalize(code) is { } normalized ? InvitationCode.Format(normalized) : null).ToList();
        if (printed.IndexOf(null) is var bad and >= 0)
        {
            return ApiProblems.Invalid($"codes[{bad}]", "is not an invitation code (ten letters and digits, XXXXX-XXXXX)");
        }

        if (!await invitations.AreIssuedAsync(assessment, printed!, cancellationToken).ConfigureAwait(false))
        {
            return ApiProblems.Invalid("codes", "holds a code that was not issued for this cycle");
        }

        var url = Surveys.SurveyLinks.RespondentUrl(http.Request, assessment.RespondentToken, options);
        var name = HttpCaller.Of(http).AgencyName ?? assessment.AgencyId;
        if (pdf)
        {
            return TypedResults.File(InvitationSheet.Write(name, assessment.Title, url, printed!), "application/pdf", $"{assessment.AgencyId}-{assessment.Id}-invitations.pdf");
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            csv.WriteField("code");
            csv.WriteField("survey_url");
            await csv.NextRecordAsync().ConfigureAwait(false);
            foreach (var code in printed)
            {
                csv.WriteField(code);
                csv.WriteField(url);
                await csv.NextRecordAsync().ConfigureAwait(false);
            }
        }

        return TypedResults.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", $"{assessment.AgencyId}-{assessment.Id}-invitations.csv");
    }

    private static async Task<Assessment?> FindAsync(string agencyId, string assessmentId, AssessmentStore assessments, CancellationToken cancellationToken) =>
        TableKeys.IsValidId(assessmentId) ? await assessments.GetAsync(agencyId, assessmentId, cancellationToken).ConfigureAwait(false) : null;

    private static ProblemHttpResult NoSuchCycle() => ApiProblems.NotFound("No such assessment cycle.");
}
