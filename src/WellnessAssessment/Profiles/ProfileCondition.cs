using WellnessAssessment.Responses;

namespace WellnessAssessment.Profiles;

/// <summary>
/// The agency profiles a recommendation variant or a role condition applies to. Every stated field must hold for the
/// profile; a field left out (<see langword="null"/>) places no condition. A profile whose field is unknown does not
/// meet a condition on that field.
/// </summary>
public sealed record ProfileCondition
{
    /// <summary>The size bands the condition holds for, or <see langword="null"/> for any size.</summary>
    public IReadOnlyList<AgencySize>? Size { get; init; }

    /// <summary>Whether the agency must (or must not) run its own academy, or <see langword="null"/> for either.</summary>
    public bool? OwnAcademy { get; init; }

    /// <summary>The dispatch arrangements the condition holds for, or <see langword="null"/> for any.</summary>
    public IReadOnlyList<DispatchArrangement>? Dispatch { get; init; }

    /// <summary>The employee assistance arrangements the condition holds for, or <see langword="null"/> for any.</summary>
    public IReadOnlyList<EmployeeAssistanceArrangement>? EmployeeAssistance { get; init; }

    /// <summary>Whether a union or police association must (or must not) be present, or <see langword="null"/> for either.</summary>
    public bool? UnionOrAssociation { get; init; }

    /// <summary>How many fields the condition states; a variant with more stated fields is more specific.</summary>
    public int Specificity =>
        (Size is null ? 0 : 1) + (OwnAcademy is null ? 0 : 1) + (Dispatch is null ? 0 : 1)
        + (EmployeeAssistance is null ? 0 : 1) + (UnionOrAssociation is null ? 0 : 1);

    /// <summary>Whether <paramref name="profile"/> meets every stated field.</summary>
    /// <param name="profile">The agency profile, or <see langword="null"/> when none is known (then no condition holds).</param>
    public bool IsMetBy(AgencyProfile? profile)
    {
        if (profile is null || Specificity == 0)
        {
            return false;
        }

        return (Size is null || (profile.Size is { } size && Size.Contains(size)))
            && (OwnAcademy is null || profile.OwnAcademy == OwnAcademy)
            && (Dispatch is null || (profile.Dispatch is { } dispatch && Dispatch.Contains(dispatch)))
            && (EmployeeAssistance is null || (profile.EmployeeAssistance is { } assistance && EmployeeAssistance.Contains(assistance)))
            && (UnionOrAssociation is null || profile.UnionOrAssociation == UnionOrAssociation);
    }

    /// <summary>Whether <paramref name="other"/> states the same fields with the same values (lists compared as sets).</summary>
    /// <param name="other">Another condition.</param>
    public bool IsSameAs(ProfileCondition other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return SameSet(Size, other.Size) && OwnAcademy == other.OwnAcademy && SameSet(Dispatch, other.Dispatch)
            && SameSet(EmployeeAssistance, other.EmployeeAssistance) && UnionOrAssociation == other.UnionOrAssociation;
    }

    private static bool SameSet<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right) =>
        left is null || right is null ? left is null && right is null : left.ToHashSet().SetEquals(right);
}
