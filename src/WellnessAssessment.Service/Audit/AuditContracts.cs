namespace WellnessAssessment.Service.Audit;

/// <summary>One entry of an agency's audit trail.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Event"><c>agency-created</c>, <c>key-rotated</c>, <c>cycle-opened</c>, <c>cycle-closed</c>, <c>cycle-purged</c>, <c>import-accepted</c>, <c>headcounts-changed</c>, <c>focus-areas-changed</c> or <c>agency-profile-changed</c>.</param>
/// <param name="Actor"><c>admin</c> or <c>agency</c>: whose key made the request.</param>
/// <param name="AssessmentId">The cycle concerned, if any.</param>
/// <param name="Detail">A short fact (an instrument, a response count), if any; never a key, token or answer.</param>
public sealed record AuditEntry(DateTimeOffset At, string Event, string Actor, string? AssessmentId, string? Detail);
