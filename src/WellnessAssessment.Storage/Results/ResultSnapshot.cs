using WellnessAssessment.Scoring;

namespace WellnessAssessment.Storage.Results;

/// <summary>What a closed cycle keeps for good: the result the core computed when it closed, and its counts by group.</summary>
/// <param name="Result">The cycle's result, without a trend (the trend is added when it is read beside the previous cycle).</param>
/// <param name="CountsByGroup">Respondents per group id, as counted from the stored responses.</param>
/// <param name="StoredAt">When the snapshot was written.</param>
public sealed record ResultSnapshot(AssessmentResult Result, IReadOnlyDictionary<string, int> CountsByGroup, DateTimeOffset StoredAt);
