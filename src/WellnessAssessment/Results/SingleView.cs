using WellnessAssessment.ActionPlan;

namespace WellnessAssessment.Results;

/// <summary>
/// Says that a result is one view: one respondent, or respondents of only one group. Every output states it plainly
/// (<see cref="Statement"/>), and the plan begins with hearing staff (<see cref="FirstStepKind.HearStaff"/>).
/// </summary>
/// <param name="Reason">One respondent, or one group.</param>
/// <param name="Group">The id of the only group that answered.</param>
/// <param name="GroupTitle">That group's title in the instrument.</param>
/// <param name="Respondents">How many answered.</param>
public sealed record SingleView(SingleViewReason Reason, string Group, string GroupTitle, int Respondents)
{
    /// <summary>The plain statement every output shows, for example "This result is one view: …".</summary>
    public string Statement => Reason == SingleViewReason.OneRespondent
        ? $"This result is one view: a single respondent ({GroupTitle}) answered. It shows how that person sees the agency, not how its staff see it; hear staff across ranks before acting on it."
        : $"This result is one view: all {Respondents} respondents are {GroupTitle}. It shows how that group sees the agency, not how staff of every rank see it; hear the other ranks before acting on it.";
}
