using WellnessAssessment.Service.Limits;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Invitations;

namespace WellnessAssessment.Service.Surveys;

/// <summary>
/// The invitation-code check of a submission to a cycle that issued codes, for any host; cycles without codes pass. A
/// missing, unknown or someone else's code is a 403 problem; wrong codes are counted per client address and, past
/// <see cref="Allowance.WrongCodesPerAddress"/>, refused with 429; one code is used at most
/// <see cref="Allowance.SubmissionsPerCode"/> times a minute.
/// </summary>
public sealed class InvitationGate(InvitationStore invitations, ClientLimits limits)
{
    /// <summary>The header that carries the code from the respondent's slip.</summary>
    public const string HeaderName = "X-Invitation-Code";

    /// <summary>The title of a refused code.</summary>
    public const string RefusedTitle = "Invitation code not accepted";

    /// <summary><see langword="null"/> when the submission may go on; otherwise the problem to answer (403 or 429).</summary>
    /// <param name="assessment">The cycle.</param>
    /// <param name="typed">The code as the respondent typed it, or <see langword="null"/>.</param>
    /// <param name="respondentId">The respondent the submission is stored under.</param>
    /// <param name="client">The client address key.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Problem?> CheckAsync(StoredCycle assessment, string? typed, string respondentId, string client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (await invitations.IssuedAsync(assessment, cancellationToken).ConfigureAwait(false) == 0)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(typed))
        {
            return Refused("This survey asks for an invitation code: type the code from your slip (like ABCDE-12345). Nothing was stored.");
        }

        if (limits.Check(Allowance.WrongCodesPerAddress, client) is { } blocked)
        {
            return blocked;
        }

        if (InvitationCode.Normalize(typed) is { } code && limits.Take(Allowance.SubmissionsPerCode, code) is { } tooOften)
        {
            return tooOften;
        }

        switch (await invitations.CheckAsync(assessment, typed, respondentId, cancellationToken).ConfigureAwait(false))
        {
            case CodeCheck.Accepted:
                return null;
            case CodeCheck.UsedByAnother:
                limits.Count(Allowance.WrongCodesPerAddress, client);
                return Refused("This invitation code has already been used by someone else. Each code lets one person answer; if it is yours, answer from the device you used first, or ask for a new slip. Nothing was stored.");
            default:
                limits.Count(Allowance.WrongCodesPerAddress, client);
                return Refused("This invitation code is not one of this survey's codes. Check it against your slip (letters and digits, like ABCDE-12345). Nothing was stored.");
        }
    }

    private static Problem Refused(string detail) => new(ProblemKind.Forbidden, RefusedTitle, detail);
}
