using WellnessAssessment.Responses;

namespace WellnessAssessment.Storage.Drafts;

/// <summary>A half-finished response kept under a resume code: the answers so far and the part the respondent was on.</summary>
/// <param name="Response">The respondent's id, group and answers so far (validated like a submission).</param>
/// <param name="Part">The step of the survey to continue at: 0 the welcome page, 1 the first part, and so on.</param>
public sealed record SavedDraft(Response Response, int Part);
