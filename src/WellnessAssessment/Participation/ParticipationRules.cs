namespace WellnessAssessment.Participation;

/// <summary>When a group's submissions count as an unusual burst.</summary>
public sealed record ParticipationRules
{
    /// <summary>Ten-minute windows; a burst is more than half a group's headcount in one window.</summary>
    public static ParticipationRules Default { get; } = new();

    /// <summary>
    /// The share of a group's headcount that, arriving within one <see cref="SubmissionWindows.DefaultLength"/> window,
    /// is flagged as a burst (only when the window also holds at least the anonymity threshold of respondents).
    /// Default 0.5: a whole shift answering at roll call is flagged for a small group, so the flag says "check this",
    /// not "fraud".
    /// </summary>
    public double BurstShare { get; init; } = 0.5;
}
