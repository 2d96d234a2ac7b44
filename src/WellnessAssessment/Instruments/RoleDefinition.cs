using WellnessAssessment.Profiles;

namespace WellnessAssessment.Instruments;

/// <summary>
/// An owner role the instrument's steps name that some agencies do not have, such as a wellness coordinator in a
/// 10-officer agency. When a plan for such an agency needs the role, the plan begins with <see cref="Establish"/>.
/// </summary>
public sealed record RoleDefinition
{
    /// <summary>The role exactly as recommendations name it in <c>owner</c>.</summary>
    public required string Title { get; init; }

    /// <summary>The agency profiles that may not have the role.</summary>
    public required ProfileCondition AbsentWhen { get; init; }

    /// <summary>How to create or assign the role.</summary>
    public required PlanStep Establish { get; init; }
}
