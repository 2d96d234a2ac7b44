namespace WellnessAssessment.ActionPlan;

/// <summary>How the first-year plan is built from a result. Every option is optional.</summary>
public sealed record PlanOptions
{
    /// <summary>The focus areas command staff chose (<see cref="FocusAreas.Choose"/>); <see langword="null"/>: the core's suggestion (<see cref="FocusAreas.Suggest"/>).</summary>
    public FocusAreas? FocusAreas { get; init; }
}
