namespace WellnessAssessment.Service.Access;

/// <summary>
/// Who a request was authorized as, by <see cref="KeyPolicy"/>: the administrator, an agency (by its key), or nobody
/// (anonymous routes). Workflows record <see cref="Actor"/> in the audit trail and show <see cref="AgencyName"/>.
/// </summary>
public sealed record Caller
{
    /// <summary>The actor an audit entry records for a request made with the admin key.</summary>
    public const string AdminActor = "admin";

    /// <summary>The actor an audit entry records for a request made with an agency key.</summary>
    public const string AgencyActor = "agency";

    private Caller(bool isAdmin, string? agencyId, string? agencyName)
    {
        IsAdmin = isAdmin;
        AgencyId = agencyId;
        AgencyName = agencyName;
    }

    /// <summary>A caller who presented no key (anonymous routes).</summary>
    public static Caller Anonymous { get; } = new(false, null, null);

    /// <summary>The administrator (the admin key).</summary>
    public static Caller Admin { get; } = new(true, null, null);

    /// <summary>Whether the request was made with the admin key.</summary>
    public bool IsAdmin { get; }

    /// <summary>The agency whose key made the request, or <see langword="null"/>.</summary>
    public string? AgencyId { get; }

    /// <summary>That agency's display name, or <see langword="null"/>.</summary>
    public string? AgencyName { get; }

    /// <summary>Whose key made the request, as the audit trail records it: <see cref="AdminActor"/> or <see cref="AgencyActor"/>.</summary>
    public string Actor => IsAdmin ? AdminActor : AgencyActor;

    /// <summary>An agency, by its key.</summary>
    /// <param name="agencyId">The agency's id.</param>
    /// <param name="agencyName">Its display name.</param>
    public static Caller Agency(string agencyId, string agencyName) => new(false, agencyId, agencyName);

    /// <summary>The name to show for <paramref name="agencyId"/>: this caller's agency name when it is that agency, else the id.</summary>
    /// <param name="agencyId">The agency shown.</param>
    public string NameOf(string agencyId) => AgencyId == agencyId && AgencyName is { } name ? name : agencyId;
}
