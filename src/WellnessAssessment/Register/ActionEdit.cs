using WellnessAssessment.Validation;

namespace WellnessAssessment.Register;

/// <summary>
/// What the agency sets on an action: every editable field at once (the fields it leaves <see langword="null"/> are
/// cleared), so that an edit made against one version of the action replaces exactly what its author saw.
/// </summary>
public sealed record ActionEdit
{
    /// <summary>Who does it, a name or a role.</summary>
    public string? Assignee { get; init; }

    /// <summary>The day it is due.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>Where the action stands.</summary>
    public required ActionStatus Status { get; init; }

    /// <summary>Why it was dropped; required with <see cref="ActionStatus.Dropped"/>, refused otherwise.</summary>
    public string? DroppedReason { get; init; }

    /// <summary>Free-text notes.</summary>
    public string? Notes { get; init; }

    /// <summary>An absolute http(s) link to evidence.</summary>
    public string? EvidenceLink { get; init; }

    /// <summary>A note for the status history entry, when the status changes (for a drop the reason is used when this is empty).</summary>
    public string? StatusNote { get; init; }

    /// <summary>
    /// Checks the edit: every problem, each with its JSON path (subject <c>action edit</c>); call
    /// <see cref="ValidationOutcome.ThrowIfInvalid"/> on the outcome to stop at an invalid edit.
    /// </summary>
    public ValidationOutcome Validate() => new(ActionEditValidator.Subject, ValidationErrors.From(ActionEditValidator.Instance.Validate(this)));

    /// <summary>
    /// Applies the edit to <paramref name="action"/>: replaces the editable fields and, when the status changes, appends a
    /// history entry dated <paramref name="today"/>. The adopted fields (item, level, recommendation, owner) never change.
    /// </summary>
    /// <param name="action">The action as the editor saw it.</param>
    /// <param name="today">The day of the edit.</param>
    /// <exception cref="AssessmentValidationException">The edit is invalid (subject <c>action edit</c>).</exception>
    public RegisterAction ApplyTo(RegisterAction action, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(action);
        Validate().ThrowIfInvalid();

        var history = action.History;
        if (action.Status != Status)
        {
            var note = Blank(StatusNote) ?? (Status == ActionStatus.Dropped ? DroppedReason : null);
            history = [.. action.History, new StatusChange(Status, today, note)];
        }

        return action with
        {
            Assignee = Blank(Assignee),
            Due = Due,
            Status = Status,
            DroppedReason = Status == ActionStatus.Dropped ? DroppedReason : null,
            Notes = Blank(Notes),
            EvidenceLink = Blank(EvidenceLink),
            History = history,
        };
    }

    /// <summary>The edit that leaves <paramref name="action"/> as it is.</summary>
    /// <param name="action">An action.</param>
    public static ActionEdit From(RegisterAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new ActionEdit
        {
            Assignee = action.Assignee,
            Due = action.Due,
            Status = action.Status,
            DroppedReason = action.DroppedReason,
            Notes = action.Notes,
            EvidenceLink = action.EvidenceLink,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
