using WellnessAssessment.Participation;

namespace WellnessAssessment.Disclosure;

/// <summary>Participation counts that are safe to publish (see <see cref="ParticipationCounts"/>).</summary>
/// <param name="Groups">Per group, in the order given: the count, or why it is withheld.</param>
/// <param name="Total">All respondents, or null when the total is 1 to k−1 (every group withheld).</param>
public sealed record ProtectedCounts(IReadOnlyList<ProtectedCount> Groups, int? Total);

/// <summary>One group's participation count as it may be published.</summary>
/// <param name="Count">The count, or null when withheld.</param>
/// <param name="Suppressed">Why the count is withheld, or null when it is shown.</param>
public sealed record ProtectedCount(int? Count, SuppressionReason? Suppressed);
