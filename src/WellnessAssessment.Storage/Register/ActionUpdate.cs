namespace WellnessAssessment.Storage.Register;

/// <summary>What became of a conditional update.</summary>
public enum ActionUpdateStatus
{
    /// <summary>Written; <see cref="ActionUpdate.Action"/> is the new version.</summary>
    Updated,

    /// <summary>The version given is not the current one; <see cref="ActionUpdate.Action"/> is the current version, unchanged.</summary>
    Stale,

    /// <summary>The agency has no action with that id.</summary>
    NotFound,
}

/// <summary>The outcome of <see cref="ActionRegisterStore.UpdateAsync"/>.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Action">The stored action after the call (the new one, or the current one for a stale edit); <see langword="null"/> when not found.</param>
public sealed record ActionUpdate(ActionUpdateStatus Status, StoredAction? Action);
