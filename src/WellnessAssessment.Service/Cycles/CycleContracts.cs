using WellnessAssessment.Disclosure;
using WellnessAssessment.Instruments;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;


namespace WellnessAssessment.Service.Cycles;

/// <summary>The body of <c>POST /api/agencies/{agencyId}/assessments</c>.</summary>
/// <param name="Title">The title respondents see.</param>
/// <param name="InstrumentId">A built-in instrument id.</param>
/// <param name="InstrumentVersion">Its version; the latest when left out.</param>
public sealed record CreateAssessmentRequest(string? Title, string? InstrumentId, string? InstrumentVersion)
{
    /// <summary>The agency profile (size, academy, dispatch, employee assistance, union); optional. The results use it to pick the advice that fits.</summary>
    public AgencyProfile? Profile { get; init; }

    /// <summary>The staff expected to answer, per respondent group and in total; optional. With them, the cycle shows participation rates.</summary>
    public WellnessAssessment.Participation.Headcounts? Headcounts { get; init; }

    /// <summary>
    /// What the answers are for: <c>anonymous-survey</c> (the default: results are released once, at close, and never
    /// for fewer than k respondents) or <c>leadership-self-assessment</c> (the chief or named command staff, told that
    /// their answers are not anonymous; results are live and a one-person view is shown).
    /// </summary>
    public WellnessAssessment.Disclosure.ReleasePurpose? Purpose { get; init; }
}

/// <summary>A cycle as command staff see it.</summary>
public sealed record AssessmentView
{
    /// <summary>The cycle id.</summary>
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The instrument and version.</summary>
    public required InstrumentReference Instrument { get; init; }

    /// <summary><c>open</c> or <c>closed</c>.</summary>
    public required string Status { get; init; }

    /// <summary>What the answers are for, declared at open: <c>anonymous-survey</c> or <c>leadership-self-assessment</c>.</summary>
    public required WellnessAssessment.Disclosure.ReleasePurpose Purpose { get; init; }

    /// <summary>
    /// Where the answers come from: <c>online</c> (the respondent link) or <c>import</c> (one imported set); null while
    /// the cycle has none. A cycle never mixes the two.
    /// </summary>
    public string? Origin { get; init; }

    /// <summary>
    /// Whether the cycle's results (scores, reports, progress, peer view) can be read now: an anonymous survey releases
    /// them once, at close; a leadership self-assessment shows them live.
    /// </summary>
    public required bool ResultsReleased { get; init; }

    /// <summary>The token in the respondent link.</summary>
    public required string RespondentToken { get; init; }

    /// <summary>The agency profile given when the cycle was opened, or <see langword="null"/>.</summary>
    public AgencyProfile? Profile { get; init; }

    /// <summary>The link to share with respondents.</summary>
    public required string RespondentUrl { get; init; }

    /// <summary>When the cycle was opened.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the cycle was closed.</summary>
    public required DateTimeOffset? ClosedAt { get; init; }

    /// <summary>When the closed cycle's individual responses were purged (its result remains), or null.</summary>
    public DateTimeOffset? PurgedAt { get; init; }

    /// <summary>The number of responses, or null when it is between 1 and the anonymity threshold − 1 (then every group is withheld too).</summary>
    public required int? ResponseCount { get; init; }

    /// <summary>The smallest group size shown (the anonymity threshold).</summary>
    public required int MinimumGroupSize { get; init; }

    /// <summary>Responses per group; withheld groups (below the threshold, or withheld so that no small count can be recovered by subtraction) have a null count.</summary>
    public required IReadOnlyList<GroupCount> Groups { get; init; }

    /// <summary>The expected headcounts given for the cycle, or null when none were given.</summary>
    public WellnessAssessment.Participation.Headcounts? Headcounts { get; init; }

    /// <summary>
    /// Participation against the headcounts, under the same anonymity rule as the counts, with the flags to check
    /// (over 100%, an unusual burst); null when no headcounts were given.
    /// </summary>
    public WellnessAssessment.Participation.ParticipationReport? Participation { get; init; }

    /// <summary>
    /// The focus areas command staff saved for the closed cycle (<c>PUT …/focus-areas</c>), most important first; null
    /// when none were saved.
    /// </summary>
    public IReadOnlyList<WellnessAssessment.ActionPlan.FocusArea>? FocusAreas { get; init; }

    /// <summary>
    /// When no focus areas were saved, the ones the core suggests from the closed cycle's plan (the domains holding its
    /// highest-priority actions, with their scores); null otherwise, while the cycle is open, and in the list of
    /// cycles (read one cycle to see them).
    /// </summary>
    public IReadOnlyList<WellnessAssessment.ActionPlan.FocusArea>? SuggestedFocusAreas { get; init; }
}

/// <summary>How many respondents a group has, or null when withheld.</summary>
/// <param name="Id">The group id.</param>
/// <param name="Title">The group title.</param>
/// <param name="Count">The count, or null when withheld.</param>
/// <param name="BelowThreshold">Whether the group has between 1 and k − 1 respondents.</param>
/// <param name="Suppressed">Why the count is withheld (<c>below-minimum-group-size</c> or <c>complementary</c>), or null when shown.</param>
public sealed record GroupCount(string Id, string Title, int? Count, bool BelowThreshold, SuppressionReason? Suppressed);

/// <summary>The answer to a bulk import.</summary>
/// <param name="Imported">How many responses the import holds.</param>
public sealed record ImportReceipt(int Imported);
