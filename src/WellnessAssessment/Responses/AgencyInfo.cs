using WellnessAssessment.Profiles;

namespace WellnessAssessment.Responses;

/// <summary>The agency an assessment belongs to.</summary>
/// <param name="Id">A stable agency id, for example <c>riverside-pd</c>.</param>
/// <param name="Name">The agency's display name.</param>
public sealed record AgencyInfo(string Id, string Name)
{
    /// <summary>What kind of agency it is (size, academy, dispatch, employee assistance, union), when known.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public AgencyProfile? Profile { get; init; }
}
