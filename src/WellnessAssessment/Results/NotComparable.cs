using WellnessAssessment.Instruments;

namespace WellnessAssessment.Results;

/// <summary>Something a cross-version trend does not compare, and why.</summary>
/// <param name="Scope">
/// <c>overall</c>, <c>section</c> or <c>domain</c> (of the current version: its items differ), <c>item</c> (a current
/// item that was split, merged or is new) or <c>previous-item</c> (an earlier item no current item replaces one-to-one).
/// </param>
/// <param name="Id">The id (the earlier item's id for <c>previous-item</c>).</param>
/// <param name="Relation">For <c>item</c>, how it relates to the earlier version; otherwise <see langword="null"/>.</param>
/// <param name="Previous">For <c>item</c>, the earlier items it comes from; for <c>previous-item</c>, the current items it went into.</param>
public sealed record NotComparable(string Scope, string Id, CrosswalkRelation? Relation, IReadOnlyList<string> Previous);
