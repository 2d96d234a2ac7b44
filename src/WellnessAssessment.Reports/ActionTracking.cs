using WellnessAssessment.Register;

namespace WellnessAssessment.Reports;

/// <summary>
/// What the agency did about a plan, for a report: the register whose actions fill the plan's Assignee, Due and
/// Status columns (matched by item), and, when the report has an earlier cycle, the core's progress report for the
/// section "What we did and what changed". The report presents these figures; it computes none of them.
/// </summary>
/// <param name="Register">The action register (for this cycle's plan: actions adopted from this cycle).</param>
/// <param name="Progress">
/// <see cref="ProgressCalculator.Compute"/> of the actions adopted from the earlier cycle, measured at this cycle;
/// <see langword="null"/> when there is no earlier cycle.
/// </param>
public sealed record ActionTracking(ActionRegister Register, ProgressReport? Progress = null);
