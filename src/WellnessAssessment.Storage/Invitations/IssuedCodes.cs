namespace WellnessAssessment.Storage.Invitations;

/// <summary>Codes just issued, in printed form (shown this once; only their hashes are stored), and the cycle's total.</summary>
/// <param name="Codes">The new codes.</param>
/// <param name="TotalIssued">How many codes the cycle has issued in all, these included.</param>
public sealed record IssuedCodes(IReadOnlyList<string> Codes, int TotalIssued);
