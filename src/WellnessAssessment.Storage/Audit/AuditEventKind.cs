namespace WellnessAssessment.Storage.Audit;

/// <summary>The security-relevant events an agency's audit trail records.</summary>
public enum AuditEventKind
{
    /// <summary>The agency was created (by the admin).</summary>
    AgencyCreated,

    /// <summary>The agency key was replaced; the old key stopped working.</summary>
    KeyRotated,

    /// <summary>An assessment cycle was opened.</summary>
    CycleOpened,

    /// <summary>An assessment cycle was closed.</summary>
    CycleClosed,

    /// <summary>A closed cycle's individual responses were deleted; its stored result remains.</summary>
    CyclePurged,

    /// <summary>A bulk import became the cycle's imported responses.</summary>
    ImportAccepted,

    /// <summary>The cycle's expected headcounts were set, changed or cleared.</summary>
    HeadcountsChanged,

    /// <summary>A closed cycle's focus areas were saved or changed.</summary>
    FocusAreasChanged,

    /// <summary>The agency's profile was set, changed or cleared.</summary>
    AgencyProfileChanged,
}
