using WellnessAssessment.Storage.Assessments;
using WellnessAssessment.Storage.Invitations;

namespace WellnessAssessment.Api.Surveys;

/// <summary>The invitation-code check of a submission to a cycle that issued codes; cycles without codes pass.</summary>
internal static class InvitationGate
{
    /// <summary>The header that carries the code from the respondent's slip.</summary>
    public const string HeaderName = "X-Invitation-Code";

    /// <summary>Null when the submission may go on; otherwise the problem to answer (403 or 429).</summary>
    public static async Task<IResult?> CheckAsync(HttpContext http, Assessment assessment, string respondentId, InvitationStore invitations, SubmissionLimits limits, CancellationToken cancellationToken)
    {
        if (await invitations.IssuedAsync(assessment, cancellationToken).ConfigureAwait(false) == 0)
        {
            return null;
        }

        var typed = http.Request.Headers[HeaderName].ToString();
        if (string.IsNullOrWhiteSpace(typed))
        {
            return Refused("This survey asks for an invitation code: type the code from your slip (like ABCDE-12345). Nothing was stored.");
        }

        if (limits.GuessingBlocked(http) is { } blocked)
        {
            return blocked;
        }

        if (InvitationCode.Normalize(typed) is { } code && limits.Code(http, code) is { } tooOften)
        {
            return tooOften;
        }

        switch (await invitations.CheckAsync(assessment, typed, respondentId, cancellationToken).ConfigureAwait(false))
        {
            case CodeCheck.Accepted:
                return null;
            case CodeCheck.UsedByAnother:
                limits.WrongCode(http);
                return Refused("This invitation code has already been used by someone else. Each code lets one person answer; if it is yours, answer from the device you used first, or ask for a new slip. Nothing was stored.");
            default:
                limits.WrongCode(http);
                return Refused("This invitation code is not one of this survey's codes. Check it against your slip (letters and digits, like ABCDE-12345). Nothing was stored.");
        }
    }

    private static ProblemHttpResult Refused(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden, title: "Invitation code not accepted");
}
