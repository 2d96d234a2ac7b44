using WellnessAssessment.Instruments;

namespace WellnessAssessment.Storage.Cycles;

/// <summary>One agency's assessment cycle on one instrument version.</summary>
public sealed record StoredCycle
{
    /// <summary>The agency that owns the cycle.</summary>
    public required string AgencyId { get; init; }

    /// <summary>The cycle id.</summary>
    public required string Id { get; init; }

    /// <summary>The title respondents see.</summary>
    public required string Title { get; init; }

    /// <summary>The instrument and version answered.</summary>
    public required InstrumentReference Instrument { get; init; }

    /// <summary>The agency profile given when the cycle was opened; scoring puts it in the response set.</summary>
    public WellnessAssessment.Profiles.AgencyProfile? Profile { get; init; }

    /// <summary>Open or closed.</summary>
    public required CycleStatus Status { get; init; }

    /// <summary>The secret token in the respondent link.</summary>
    public required string RespondentToken { get; init; }

    /// <summary>When the cycle was opened.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the cycle was closed, if it was.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>When the closed cycle's individual responses were purged (its stored result remains), if they were.</summary>
    public DateTimeOffset? PurgedAt { get; init; }

    /// <summary>The staff the agency expects to answer, per group and in total, for participation rates; null when not given.</summary>
    public WellnessAssessment.Participation.Headcounts? Headcounts { get; init; }

    /// <summary>
    /// The one to three focus areas (domain ids of the cycle's instrument, most important first) command staff saved
    /// for the closed cycle; null when none were saved (and for a row stored before focus areas existed).
    /// </summary>
    public IReadOnlyList<string>? FocusAreas { get; init; }

    /// <summary>
    /// What the cycle's answers are for, declared when it opened: an anonymous survey (the default, and what a cycle
    /// stored before purposes existed reads as) or a named leadership self-assessment.
    /// </summary>
    public WellnessAssessment.Disclosure.ReleasePurpose Purpose { get; init; } = WellnessAssessment.Disclosure.ReleasePurpose.AnonymousSurvey;

    /// <summary>
    /// Where the cycle's answers come from: <see cref="ResponseOrigin.Import"/> once its one import was accepted,
    /// otherwise online (a cycle never mixes the two).
    /// </summary>
    public ResponseOrigin Origin => ImportPartition is null ? ResponseOrigin.Online : ResponseOrigin.Import;

    /// <summary>The SHA-256 (base64) of the Idempotency-Key the import was sent with, if any: a repeat of it is not a second import.</summary>
    public string? ImportKeyHash { get; init; }

    /// <summary>The partition of the current bulk import, if any.</summary>
    public string? ImportPartition { get; init; }

    /// <summary>The entity's ETag, for conditional updates.</summary>
    public required string ETag { get; init; }
}
