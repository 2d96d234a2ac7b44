using System.Text.Json.Serialization;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;

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
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? TimeframeDays { get; init; }

    /// <summary>A resource that helps with the step, stating its cost and availability, when the instrument names one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Resource { get; init; }

    /// <summary>Versions of the step for particular agency profiles; the most specific matching variant wins.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RecommendationVariant>? Variants { get; init; }

    /// <summary>
    /// A key naming a step that several items share (for example one resource list, one statement of values, one required
    /// yearly training). A plan offers a shared step once, with every planned item it serves
    /// (<see cref="ActionPlan.ActionPlanEntry.AlsoServes"/>). Optional; steps without a key are never merged.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Shared { get; init; }

    /// <summary>
    /// The step as it applies to <paramref name="profile"/>: the most specific variant whose condition the profile meets
    /// (the first such variant in instrument order on a tie) laid over this recommendation, or this recommendation
    /// itself when none matches or no profile is known.
    /// </summary>
    /// <param name="profile">The agency profile, or <see langword="null"/>.</param>
    public PlanStep For(AgencyProfile? profile)
    {
        RecommendationVariant? chosen = null;
        int? chosenIndex = null;
        var variants = Variants ?? [];
        for (var v = 0; v < variants.Count; v++)
        {
            var variant = variants[v];
            if (variant?.When is { } when && when.IsMetBy(profile) && (chosen is null || when.Specificity > chosen.When.Specificity))
            {
                chosen = variant;
                chosenIndex = v;
            }
        }

        return new PlanStep
        {
            Action = chosen?.Action ?? Action,
            Owner = chosen?.Owner ?? Owner,
            Timeframe = chosen?.Timeframe ?? Timeframe,
            TimeframeDays = chosen?.TimeframeDays ?? TimeframeDays,
            Indicator = chosen?.Indicator ?? Indicator,
            Resource = chosen?.Resource ?? Resource,
            Variant = chosenIndex,
        };
    }
}
