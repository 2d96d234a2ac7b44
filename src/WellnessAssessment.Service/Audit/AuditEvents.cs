using WellnessAssessment.Storage.Audit;

namespace WellnessAssessment.Service.Audit;

/// <summary>The wire names of audit events (kebab-case, as every other enum value of the API).</summary>
public static class AuditEvents
{
    /// <summary>The wire name of <paramref name="kind"/>.</summary>
    /// <param name="kind">The event kind.</param>
    public static string Name(AuditEventKind kind) => kind switch
    {
        AuditEventKind.AgencyCreated => "agency-created",
        AuditEventKind.KeyRotated => "key-rotated",
        AuditEventKind.CycleOpened => "cycle-opened",
        AuditEventKind.CycleClosed => "cycle-closed",
        AuditEventKind.CyclePurged => "cycle-purged",
        AuditEventKind.ImportAccepted => "import-accepted",
        AuditEventKind.HeadcountsChanged => "headcounts-changed",
        AuditEventKind.FocusAreasChanged => "focus-areas-changed",
        AuditEventKind.AgencyProfileChanged => "agency-profile-changed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "An audit event without a wire name."),
    };
}
