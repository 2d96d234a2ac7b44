using WellnessAssessment.Participation;

namespace WellnessAssessment.Service.Cycles;

/// <summary>What a cycle's counts and participation are computed from.</summary>
/// <param name="Counts">Respondents per group id.</param>
/// <param name="BusiestWindows">Per group, its busiest window of online answers; null when unknown.</param>
public sealed record CycleTallies(IReadOnlyDictionary<string, int> Counts, IReadOnlyDictionary<string, SubmissionWindow>? BusiestWindows)
{
    /// <summary>No responses yet.</summary>
    public static CycleTallies Empty { get; } = new(new Dictionary<string, int>(), null);
}
