namespace WellnessAssessment.Participation;

/// <summary>
/// Finds, per group, the busiest stretch of online submissions: an aggregate that can be kept after the individual
/// responses (and their times) are deleted, and from which <see cref="ParticipationCalculator"/> decides on a burst.
/// </summary>
public static class SubmissionWindows
{
    /// <summary>The window length that <see cref="ParticipationRules.Default"/> uses: ten minutes.</summary>
    public static readonly TimeSpan DefaultLength = TimeSpan.FromMinutes(10);

    /// <summary>
    /// For each group, the window of <paramref name="length"/> starting at one of its submissions that holds the most
    /// submissions (the earliest such window on a tie).
    /// </summary>
    /// <param name="submissions">One entry per respondent: the group and when the answers arrived, in any order.</param>
    /// <param name="length">The window length; more than zero.</param>
    /// <returns>Per group id that had any submission, its busiest window.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is zero or less.</exception>
    public static IReadOnlyDictionary<string, SubmissionWindow> Busiest(IEnumerable<(string Group, DateTimeOffset At)> submissions, TimeSpan length)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(length, TimeSpan.Zero);
        var busiest = new Dictionary<string, SubmissionWindow>(StringComparer.Ordinal);
        foreach (var group in submissions.GroupBy(s => s.Group, StringComparer.Ordinal))
        {
            var times = group.Select(s => s.At).Order().ToArray();
            var best = 0;
            var bestStart = 0;
            var end = 0;
            for (var start = 0; start < times.Length; start++)
            {
                // times[start .. end) lie within [times[start], times[start] + length)
                while (end < times.Length && times[end] < times[start] + length)
                {
                    end++;
                }

                if (end - start > best)
                {
                    best = end - start;
                    bestStart = start;
                }
            }

            busiest[group.Key] = new SubmissionWindow(times[bestStart], times[bestStart] + length, best);
        }

        return busiest;
    }
}
