namespace WellnessAssessment.Responses;

/// <summary>The agency an assessment belongs to.</summary>
/// <param name="Id">A stable agency id, for example <c>riverside-pd</c>.</param>
/// <param name="Name">The agency's display name.</param>
public sealed record AgencyInfo(string Id, string Name);
