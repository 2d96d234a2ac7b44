namespace WellnessAssessment.Storage.Agencies;

/// <summary>What a presented agency key turned out to be.</summary>
/// <param name="Agency">The agency, when the key is its current key.</param>
/// <param name="Retired">Whether the key is one the agency had before a rotation (it no longer opens anything).</param>
public sealed record KeyVerification(Agency? Agency, bool Retired);
