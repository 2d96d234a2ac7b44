using WellnessAssessment.Participation;

namespace WellnessAssessment.Service.Cycles;

/// <summary>What a cycle's counts and participation are computed from.</summary>
/// <param name="Counts">Respondents per group id.</param>
/// <param name="BusiestWindows">Per group, its busiest window of online answers; null when unknown.</param>
/// <param name="IdenticalSheets">
/// How many responses gave the same answer to every item, counted at close and kept with the snapshot; null while the
/// cycle is open (not counted: a flag that changed with each submission would say whether that one was identical) and
/// for snapshots stored before it was kept.
/// </param>
public sealed record CycleTallies(IReadOnlyDictionary<string, int> Counts, IReadOnlyDictionary<string, SubmissionWindow>? BusiestWindows, int? IdenticalSheets = null)
{
    /// <summary>No responses yet.</summary>
    public static CycleTallies Empty { get; } = new(new Dictionary<string, int>(), null);
}
