namespace WellnessAssessment.Participation;

/// <summary>The stretch of time in which a group received the most first-time online answers (see <see cref="SubmissionWindows.Busiest"/>).</summary>
/// <param name="From">When the first answer in the window arrived.</param>
/// <param name="To">The end of the window: <paramref name="From"/> plus the window length.</param>
/// <param name="Respondents">How many respondents' answers arrived in the window.</param>
public sealed record SubmissionWindow(DateTimeOffset From, DateTimeOffset To, int Respondents);
