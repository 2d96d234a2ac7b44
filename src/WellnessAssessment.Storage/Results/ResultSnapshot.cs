using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Storage.Results;

/// <summary>What a closed cycle keeps for good: the result the core computed when it closed, and its counts by group.</summary>
/// <param name="Result">The cycle's result, without a trend (the trend is added when it is read beside the previous cycle).</param>
/// <param name="CountsByGroup">Respondents per group id, as counted from the stored responses.</param>
/// <param name="StoredAt">When the snapshot was written.</param>
/// <param name="BusiestWindows">
/// Per group, its busiest ten minutes of online answers (<see cref="WellnessAssessment.Participation.SubmissionWindows.Busiest"/>):
/// the aggregate that burst flags need, kept so that they survive a purge of the individual responses; null for
/// snapshots stored before it was kept.
/// </param>
/// <param name="IdenticalSheets">
/// How many responses gave the same numeric answer to every item (at least two), counted from the responses when the
/// cycle closed, so that the participation part can flag them after a purge; null for snapshots stored before it was
/// kept. Shown only through <see cref="WellnessAssessment.Participation.IdenticalSheets.Protect"/> (1 … k−1 as "fewer than k").
/// </param>
public sealed record ResultSnapshot(
    AssessmentResult Result,
    IReadOnlyDictionary<string, int> CountsByGroup,
    DateTimeOffset StoredAt,
    IReadOnlyDictionary<string, WellnessAssessment.Participation.SubmissionWindow>? BusiestWindows = null,
    int? IdenticalSheets = null);
