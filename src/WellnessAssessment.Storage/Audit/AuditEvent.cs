namespace WellnessAssessment.Storage.Audit;

/// <summary>One entry of an agency's audit trail. It names what happened and who did it, never a key, token or answer.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Actor"><c>admin</c> or <c>agency</c>: whose key made the request.</param>
/// <param name="AssessmentId">The cycle concerned, if any.</param>
/// <param name="Detail">A short fact such as a response count, if any.</param>
public sealed record AuditEvent(DateTimeOffset At, AuditEventKind Kind, string Actor, string? AssessmentId, string? Detail);
