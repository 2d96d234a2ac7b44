namespace WellnessAssessment.Api.OpenApi;

/// <summary>Marks a route that reads the optional <c>Idempotency-Key</c> header, so the document lists it.</summary>
internal sealed class IdempotencyKeyMetadata;
