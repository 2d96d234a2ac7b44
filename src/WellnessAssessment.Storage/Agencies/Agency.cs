namespace WellnessAssessment.Storage.Agencies;

/// <summary>An agency that runs assessment cycles.</summary>
/// <param name="Id">The agency id (a table key).</param>
/// <param name="Name">The display name.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record Agency(string Id, string Name, DateTimeOffset CreatedAt)
{
    /// <summary>
    /// The agency's profile (size, academy, dispatch, employee assistance, union), set once and taken by each new cycle
    /// opened without one; null when never set (and for a row stored before agency profiles existed).
    /// </summary>
    public WellnessAssessment.Profiles.AgencyProfile? Profile { get; init; }
}
