namespace WellnessAssessment.Profiles;

/// <summary>
/// What kind of agency answered: size and the services it runs itself or shares. Every field is optional; a field left
/// out (<see langword="null"/>) is unknown, and a recommendation variant that depends on it does not apply. The action
/// plan picks the variant of each recommendation that fits the profile (see <c>docs/scoring-method.md</c>).
/// </summary>
public sealed record AgencyProfile
{
    /// <summary>The size band of sworn staff, or <see langword="null"/> when unknown.</summary>
    public AgencySize? Size { get; init; }

    /// <summary>Whether the agency runs its own academy (<see langword="false"/>: recruits attend a state or regional academy).</summary>
    public bool? OwnAcademy { get; init; }

    /// <summary>Who dispatches the agency's calls, or <see langword="null"/> when unknown.</summary>
    public DispatchArrangement? Dispatch { get; init; }

    /// <summary>Who provides employee assistance, or <see langword="null"/> when unknown.</summary>
    public EmployeeAssistanceArrangement? EmployeeAssistance { get; init; }

    /// <summary>Whether a union or police association represents the agency's staff.</summary>
    public bool? UnionOrAssociation { get; init; }

    /// <summary>Whether no field is known.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Size is null && OwnAcademy is null && Dispatch is null && EmployeeAssistance is null && UnionOrAssociation is null;
}
