namespace WellnessAssessment.Participation;

/// <summary>An unusual burst of online answers into one group, as it may be published.</summary>
/// <param name="From">The hour in which the burst began (the first answer's time, rounded down to the hour).</param>
/// <param name="To">The end of the window, rounded up to the hour.</param>
/// <param name="Respondents">How many answered in the window (null only in results written before bursts were limited to published groups).</param>
public sealed record ParticipationBurst(DateTimeOffset From, DateTimeOffset To, int? Respondents);
