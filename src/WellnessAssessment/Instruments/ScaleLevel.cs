namespace WellnessAssessment.Instruments;

/// <summary>One level of a <see cref="ResponseScale"/>.</summary>
/// <param name="Value">The raw value a respondent gives.</param>
/// <param name="Label">The short label, for example <c>Established</c>.</param>
/// <param name="Description">What the level means, shown to respondents.</param>
public sealed record ScaleLevel(int Value, string Label, string? Description = null);
