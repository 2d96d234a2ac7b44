namespace WellnessAssessment.Instruments;

/// <summary>What to do to move an item from <see cref="Level"/> to the next level.</summary>
/// <param name="Level">The current level this recommendation applies to.</param>
/// <param name="Action">The concrete next step.</param>
/// <param name="Owner">The role that owns the step, for example <c>Training commander</c>.</param>
/// <param name="Timeframe">When the step should be done, as shown to readers, for example <c>90 days</c>.</param>
/// <param name="Indicator">How the agency will know the step succeeded.</param>
public sealed record Recommendation(int Level, string Action, string Owner, string Timeframe, string Indicator)
{
    /// <summary>
    /// The <see cref="Timeframe"/> as a whole number of days (for example 90 for <c>90 days</c>, 180 for <c>6 months</c>),
    /// so that action plans can order timeframes without reading the label; optional. Every recommendation of an
    /// instrument with the same timeframe label must give the same number of days.
    /// </summary>
    public int? TimeframeDays { get; init; }
}
