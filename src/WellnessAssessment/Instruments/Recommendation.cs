namespace WellnessAssessment.Instruments;

/// <summary>What to do to move an item from <see cref="Level"/> to the next level.</summary>
/// <param name="Level">The current level this recommendation applies to.</param>
/// <param name="Action">The concrete next step.</param>
/// <param name="Owner">The role that owns the step, for example <c>Training commander</c>.</param>
/// <param name="Timeframe">When the step should be done, for example <c>90 days</c>.</param>
/// <param name="Indicator">How the agency will know the step succeeded.</param>
public sealed record Recommendation(int Level, string Action, string Owner, string Timeframe, string Indicator);
