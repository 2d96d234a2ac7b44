namespace WellnessAssessment.Results;

/// <summary>A score on 0–100 with its band; both <see langword="null"/> when there was not enough data.</summary>
/// <param name="Score">The unrounded score.</param>
/// <param name="Band">The band the score falls in.</param>
public sealed record ScoreAndBand(double? Score, Band? Band);
