using WellnessAssessment.Responses;

namespace WellnessAssessment.Service.Drafts;

/// <summary>A half-finished response to keep under a resume code, or the one kept.</summary>
/// <param name="Response">The respondent's id, group and answers so far; validated like a submission.</param>
/// <param name="Part">The step to continue at: 0 the welcome page, 1 the first part, up to the number of parts plus one (review).</param>
public sealed record SurveyDraft(Response Response, int Part);

/// <summary>The resume code a draft is kept under.</summary>
/// <param name="Code">The code, for example <c>K7M2Q-X9PRD</c>: ten characters without look-alikes; case, spaces and hyphens do not matter.</param>
public sealed record DraftReceipt(string Code);

/// <summary>
/// A respondent's request, from any host: the token of their link (from the <c>X-Respondent-Token</c> header, never a
/// URL; <see langword="null"/> when absent) and the key their client address is counted under (<c>ClientAddresses</c>).
/// </summary>
/// <param name="Token">The respondent token, or <see langword="null"/> when the request carries none.</param>
/// <param name="Client">The client address key for the per-client limits.</param>
public sealed record RespondentRequest(string? Token, string Client)
{
    /// <summary>The header that carries the token.</summary>
    public const string TokenHeader = "X-Respondent-Token";
}
