namespace WellnessAssessment.Instruments;

/// <summary>One item of the newer version and the earlier items it comes from.</summary>
/// <param name="Item">The item id in the newer version.</param>
/// <param name="Relation">How it relates to <paramref name="Previous"/>.</param>
/// <param name="Previous">The item ids of the earlier version it comes from; empty for <see cref="CrosswalkRelation.New"/>.</param>
public sealed record CrosswalkEntry(string Item, CrosswalkRelation Relation, IReadOnlyList<string> Previous)
{
    /// <summary>Whether the item's score can be compared with its one earlier item's score.</summary>
    public bool IsComparable => Relation is CrosswalkRelation.Same or CrosswalkRelation.Reworded && Previous.Count == 1;
}
