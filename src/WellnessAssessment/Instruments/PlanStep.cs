using System.Text.Json.Serialization;

namespace WellnessAssessment.Instruments;

/// <summary>
/// One concrete step of a plan: what to do, who owns it, by when, and how success shows. Instruments use it for the
/// steps that begin a plan (assigning a role, hearing staff); <see cref="Recommendation.For"/> returns one.
/// </summary>
public sealed record PlanStep
{
    /// <summary>The concrete step.</summary>
    public required string Action { get; init; }

    /// <summary>The role that owns the step.</summary>
    public required string Owner { get; init; }

    /// <summary>When the step should be done, for example <c>30 days</c>.</summary>
    public required string Timeframe { get; init; }

    /// <summary>The timeframe in days, when stated.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? TimeframeDays { get; init; }

    /// <summary>How the agency will know the step succeeded.</summary>
    public required string Indicator { get; init; }

    /// <summary>A resource that helps, stating its cost and availability, when one is named.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Resource { get; init; }

    /// <summary>The source passage that supports the step, when the instrument cites one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }

    /// <summary>The index of the recommendation variant the step came from, or <see langword="null"/> for the recommendation itself.</summary>
    [JsonIgnore]
    public int? Variant { get; init; }
}
