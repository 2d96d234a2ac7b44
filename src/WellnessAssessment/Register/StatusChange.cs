namespace WellnessAssessment.Register;

/// <summary>One dated entry of an action's status history.</summary>
/// <param name="Status">The status the action took.</param>
/// <param name="Date">The day it took it (the agency's calendar day; no time of day).</param>
/// <param name="Note">What happened, when someone said; for a drop, the reason.</param>
public sealed record StatusChange(ActionStatus Status, DateOnly Date, string? Note = null);
