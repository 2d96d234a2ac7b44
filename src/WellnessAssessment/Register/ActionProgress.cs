namespace WellnessAssessment.Register;

/// <summary>One action of the register beside the change of the item it was meant to move and of that item's domain.</summary>
public sealed record ActionProgress
{
    /// <summary>The action's id.</summary>
    public required string ActionId { get; init; }

    /// <summary>The item the action targets.</summary>
    public required string ItemId { get; init; }

    /// <summary>The item's domain.</summary>
    public required string DomainId { get; init; }

    /// <summary>The recommendation adopted.</summary>
    public required string Recommendation { get; init; }

    /// <summary>Who does it, when assigned.</summary>
    public required string? Assignee { get; init; }

    /// <summary>When it is due, when set.</summary>
    public required DateOnly? Due { get; init; }

    /// <summary>Where it stands.</summary>
    public required ActionStatus Status { get; init; }

    /// <summary>Why it was dropped, for a dropped action.</summary>
    public required string? DroppedReason { get; init; }

    /// <summary>The day the action was marked done, when it was.</summary>
    public required DateOnly? DoneOn { get; init; }

    /// <summary>The change of the item.</summary>
    public required ScoreMovement Item { get; init; }

    /// <summary>The change of the item's domain.</summary>
    public required ScoreMovement Domain { get; init; }
}
