namespace WellnessAssessment.ActionPlan;

/// <summary>One recommended action: the instrument's recommendation for an item's current level.</summary>
public sealed record ActionPlanEntry
{
    /// <summary>The item the action improves.</summary>
    public required string ItemId { get; init; }

    /// <summary>The item's domain.</summary>
    public required string DomainId { get; init; }

    /// <summary>The item's section.</summary>
    public required string SectionId { get; init; }

    /// <summary>The item text.</summary>
    public required string ItemText { get; init; }

    /// <summary>
    /// <c>W_d/ΣW · w_i/Σw_d · (100 − score)</c>, × 1.5 when the domain has a flagged perception gap. Higher comes first.
    /// </summary>
    public required double Priority { get; init; }

    /// <summary>The item's current level: the floor of its mean raw answer (the scale minimum when nobody answered numerically).</summary>
    public required int Level { get; init; }

    /// <summary>The item's score, or <see langword="null"/> when every answer was don't-know.</summary>
    public required double? Score { get; init; }

    /// <summary>The item's don't-know rate.</summary>
    public required double? DontKnowRate { get; init; }

    /// <summary>Why the item is in the plan.</summary>
    public required IReadOnlyList<ActionReason> Reasons { get; init; }

    /// <summary>Whether the domain's flagged perception gap raised the priority.</summary>
    public required bool PerceptionGapFlagged { get; init; }

    /// <summary>The recommended action: the variant of the item's recommendation that fits the agency profile, if any.</summary>
    public required string Action { get; init; }

    /// <summary>The role that owns the action.</summary>
    public required string Owner { get; init; }

    /// <summary>When the action should be done.</summary>
    public required string Timeframe { get; init; }

    /// <summary>The timeframe in days, when the instrument states it.</summary>
    public int? TimeframeDays { get; init; }

    /// <summary>A resource that helps, with its cost and availability, when the instrument names one.</summary>
    public string? Resource { get; init; }

    /// <summary>How success will be recognised.</summary>
    public required string Indicator { get; init; }

    /// <summary>The item's source citation.</summary>
    public required string? Source { get; init; }

    /// <summary>
    /// For a shared step (<see cref="Instruments.Recommendation.Shared"/>), the other planned items the same step serves,
    /// in plan order; their own entries are left out so the plan offers the step once. <see langword="null"/> otherwise.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AlsoServes { get; init; }
}
