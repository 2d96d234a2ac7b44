using WellnessAssessment.Instruments;

namespace WellnessAssessment.ActionPlan;

/// <summary>Steps the scorer uses when an instrument does not define its own.</summary>
public static class DefaultSteps
{
    /// <summary>
    /// The step that begins the plan of a one-view result when the instrument has no <see cref="Instrument.HearStaff"/>:
    /// run the assessment across ranks before acting on the plan.
    /// </summary>
    public static PlanStep HearStaff { get; } = new()
    {
        Action = "Before acting on this plan, run the assessment again across ranks (line officers, supervisors, dispatchers and civilian staff) and compare their view with this one.",
        Owner = "Chief executive",
        Timeframe = "60 days",
        TimeframeDays = 60,
        Indicator = "Responses from at least two respondent groups other than the one that answered here",
    };
}
