namespace WellnessAssessment.Scoring;

/// <summary>
/// Says that a result is one view: one respondent, or respondents of only one group. Every output states it plainly, and
/// the plan begins with hearing staff (<see cref="FirstStepKind.HearStaff"/>).
/// </summary>
/// <param name="Reason">One respondent, or one group.</param>
/// <param name="Group">The id of the only group that answered.</param>
/// <param name="GroupTitle">That group's title in the instrument.</param>
/// <param name="Respondents">How many answered.</param>
public sealed record SingleView(SingleViewReason Reason, string Group, string GroupTitle, int Respondents);
