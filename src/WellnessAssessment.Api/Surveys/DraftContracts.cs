using WellnessAssessment.Responses;

namespace WellnessAssessment.Api.Surveys;

/// <summary>A half-finished response to keep under a resume code, or the one kept.</summary>
/// <param name="Response">The respondent's id, group and answers so far; validated like a submission.</param>
/// <param name="Part">The step to continue at: 0 the welcome page, 1 the first part, up to the number of parts plus one (review).</param>
public sealed record SurveyDraft(Response Response, int Part);

/// <summary>The resume code a draft is kept under.</summary>
/// <param name="Code">The code, for example <c>K7M2Q-X9PRD</c>: ten characters without look-alikes; case, spaces and hyphens do not matter.</param>
public sealed record DraftReceipt(string Code);
