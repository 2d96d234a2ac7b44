namespace WellnessAssessment.Service.Agencies;

/// <summary>The body of <c>POST /api/agencies</c>.</summary>
/// <param name="Name">The agency's display name.</param>
/// <param name="Id">The agency id (letters, digits, '.', '-', '_'); made from the name when left out.</param>
public sealed record CreateAgencyRequest(string? Name, string? Id);

/// <summary>A new agency and its key. The key is shown only here, once.</summary>
/// <param name="Id">The agency id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Key">The agency key, for <c>Authorization: Bearer</c>.</param>
/// <param name="CreatedAt">When the agency was created.</param>
public sealed record CreatedAgency(string Id, string Name, string Key, DateTimeOffset CreatedAt);

/// <summary>A new agency key after a rotation. The key is shown only here, once; the old key stopped working.</summary>
/// <param name="Id">The agency id.</param>
/// <param name="Key">The new agency key, for <c>Authorization: Bearer</c>.</param>
/// <param name="RotatedAt">When the key was replaced.</param>
public sealed record RotatedKey(string Id, string Key, DateTimeOffset RotatedAt);

/// <summary>An agency as its command staff see it (never its key).</summary>
/// <param name="Id">The agency id.</param>
/// <param name="Name">The display name.</param>
/// <param name="CreatedAt">When the agency was created.</param>
/// <param name="Profile">The agency's profile, taken by each new cycle opened without one; null when never set.</param>
public sealed record AgencyView(string Id, string Name, DateTimeOffset CreatedAt, WellnessAssessment.Profiles.AgencyProfile? Profile);
