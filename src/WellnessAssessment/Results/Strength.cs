using WellnessAssessment.Scoring;

namespace WellnessAssessment.Results;

/// <summary>An item the agency does well: its score is at least <see cref="ScoringOptions.StrengthThreshold"/>.</summary>
/// <param name="ItemId">The item id.</param>
/// <param name="DomainId">The item's domain.</param>
/// <param name="ItemText">The item text.</param>
/// <param name="Score">The item's score.</param>
public sealed record Strength(string ItemId, string DomainId, string ItemText, double Score);
