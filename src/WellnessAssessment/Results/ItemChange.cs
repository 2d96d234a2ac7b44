using WellnessAssessment.Instruments;

namespace WellnessAssessment.Results;

/// <summary>The change of one item's score across instrument versions, for an item kept or reworded one-to-one.</summary>
/// <param name="ItemId">The item in the current version.</param>
/// <param name="PreviousItemId">The item it replaces in the earlier version.</param>
/// <param name="Relation">Same or reworded.</param>
/// <param name="Now">The current score, or <see langword="null"/>.</param>
/// <param name="Then">The earlier score, or <see langword="null"/>.</param>
/// <param name="Delta"><c>Now − Then</c>, or <see langword="null"/> when either is missing.</param>
public sealed record ItemChange(string ItemId, string PreviousItemId, CrosswalkRelation Relation, double? Now, double? Then, double? Delta);
