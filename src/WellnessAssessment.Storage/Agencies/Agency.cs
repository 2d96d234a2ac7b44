namespace WellnessAssessment.Storage.Agencies;

/// <summary>An agency that runs assessment cycles.</summary>
/// <param name="Id">The agency id (a table key).</param>
/// <param name="Name">The display name.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record Agency(string Id, string Name, DateTimeOffset CreatedAt);
