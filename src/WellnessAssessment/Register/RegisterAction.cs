namespace WellnessAssessment.Register;

/// <summary>
/// One action of an agency's register: a recommendation adopted from a closed cycle's action plan (what the instrument
/// said to do for one item at its level, and which role owns it) plus what the agency adds (who does it, by when,
/// where it stands, notes, evidence and a dated status history).
/// </summary>
public sealed record RegisterAction
{
    /// <summary>The action's id, unique in the register (the <see cref="Validation.Identifiers"/> rules).</summary>
    public required string Id { get; init; }

    /// <summary>The cycle (assessment) whose action plan the action was adopted from, when known.</summary>
    public string? SourceCycle { get; init; }

    /// <summary>The item the action is meant to move.</summary>
    public required string ItemId { get; init; }

    /// <summary>The item's domain.</summary>
    public required string DomainId { get; init; }

    /// <summary>The item's level when the action was adopted (the recommendation is for moving from it to the next).</summary>
    public required int Level { get; init; }

    /// <summary>The recommendation's text, copied from the plan when adopted.</summary>
    public required string Recommendation { get; init; }

    /// <summary>The role the instrument names as the action's owner.</summary>
    public required string Owner { get; init; }

    /// <summary>Who does it: a name or a role, free text; <see langword="null"/> until assigned.</summary>
    public string? Assignee { get; init; }

    /// <summary>The day it is due; <see langword="null"/> until set.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>Where the action stands.</summary>
    public required ActionStatus Status { get; init; }

    /// <summary>Why the action was dropped; required when <see cref="Status"/> is dropped, absent otherwise.</summary>
    public string? DroppedReason { get; init; }

    /// <summary>Free-text notes.</summary>
    public string? Notes { get; init; }

    /// <summary>An absolute http(s) link to evidence that the action was done (a policy, a roster, minutes).</summary>
    public string? EvidenceLink { get; init; }

    /// <summary>Every status the action took, oldest first; the last entry's status is <see cref="Status"/>.</summary>
    public IReadOnlyList<StatusChange> History { get; init; } = [];

    /// <summary>Whether the action is overdue on <paramref name="today"/>: due before that day and neither done nor dropped.</summary>
    /// <param name="today">The day to judge on.</param>
    public bool IsOverdue(DateOnly today) => Due is { } due && due < today && Status is ActionStatus.Planned or ActionStatus.InProgress;
}
