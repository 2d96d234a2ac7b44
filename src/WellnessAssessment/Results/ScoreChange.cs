namespace WellnessAssessment.Results;

/// <summary>How one score moved between two assessments.</summary>
/// <param name="Id">The section or domain id; <c>overall</c> for the overall score.</param>
/// <param name="Now">The score now.</param>
/// <param name="Then">The earlier score.</param>
/// <param name="Delta"><paramref name="Now"/> − <paramref name="Then"/>; <see langword="null"/> when either is missing.</param>
/// <param name="CiOverlap">
/// Whether the two 95% confidence intervals overlap (domains only); <see langword="null"/> when either interval is missing.
/// Overlapping intervals mean the change may be noise.
/// </param>
public sealed record ScoreChange(string Id, double? Now, double? Then, double? Delta, bool? CiOverlap);
