using WellnessAssessment.Instruments;
using WellnessAssessment.Service.Drafts;
using WellnessAssessment.Service.Requests;

namespace WellnessAssessment.Service.Surveys;

/// <summary>What a respondent needs: the cycle's title and status, the instrument, and the anonymity threshold.</summary>
/// <param name="Title">The cycle title.</param>
/// <param name="Status"><c>open</c> or <c>closed</c>.</param>
/// <param name="MinimumGroupSize">The anonymity threshold.</param>
/// <param name="Instrument">The instrument to answer, with its translations.</param>
/// <param name="Estimates">
/// How long answering takes, per language the instrument offers (its own first): questions, words to read and minutes,
/// computed by <see cref="SurveyTimeEstimate.For"/>.
/// </param>
public sealed record SurveyView(string Title, string Status, int MinimumGroupSize, Instrument Instrument, IReadOnlyDictionary<string, SurveyTimeEstimate> Estimates)
{
    /// <summary>Whether submissions need an invitation code (header <c>X-Invitation-Code</c>): the cycle issued codes.</summary>
    public bool InvitationCodeRequired { get; init; }

    /// <summary>
    /// What the answers are for: <c>anonymous-survey</c>, or <c>leadership-self-assessment</c>, whose answers are
    /// <em>not</em> anonymous (the agency sees each answer); the survey page says so.
    /// </summary>
    public WellnessAssessment.Disclosure.ReleasePurpose Purpose { get; init; }
}

/// <summary>The answer to a submission.</summary>
/// <param name="RespondentId">
/// The respondent id the answers are stored under: issued by the server (128 random bits), never taken from the request.
/// </param>
/// <param name="Status">Always <c>received</c>.</param>
public sealed record SubmissionReceipt(string RespondentId, string Status)
{
    /// <summary>
    /// The resume code that changes these answers until the cycle closes (send it as <c>X-Resume-Code</c> with the new
    /// answers, or read them back with <c>GET /api/survey/drafts/{code}</c>); the device keeps nothing else.
    /// </summary>
    public string? ResumeCode { get; init; }
}

/// <summary>
/// A submission of answers, from any host: the respondent's link and client, the request's <c>Idempotency-Key</c>, and
/// the codes the respondent sent with it (each <see langword="null"/> or empty when absent).
/// </summary>
/// <param name="Respondent">The respondent token (<see langword="null"/> when the request carries none) and client address key.</param>
/// <param name="Key">The request's <c>Idempotency-Key</c> (its problem, when bad, is answered after the body is read).</param>
/// <param name="ResumeCode">The resume code of earlier answers to replace (<see cref="ResumeCodeHeader"/>), or <see langword="null"/>.</param>
/// <param name="InvitationCode">The invitation code from the respondent's slip (<see cref="InvitationGate.HeaderName"/>), or <see langword="null"/>.</param>
public sealed record SubmissionRequest(RespondentRequest Respondent, RequestKey Key, string? ResumeCode, string? InvitationCode)
{
    /// <summary>The header that carries a resume code with a submission that changes earlier answers.</summary>
    public const string ResumeCodeHeader = "X-Resume-Code";
}
