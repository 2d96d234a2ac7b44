namespace WellnessAssessment.Participation;

/// <summary>An unusual burst of online answers into one group, as it may be published.</summary>
/// <param name="From">When the first answer of the burst arrived.</param>
/// <param name="To">The end of the window.</param>
/// <param name="Respondents">How many answered in the window, or null when the group's count is withheld.</param>
public sealed record ParticipationBurst(DateTimeOffset From, DateTimeOffset To, int? Respondents);
