using WellnessAssessment.ActionPlan;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Results;

/// <summary>The scored assessment: every figure the reports, the API and the CLI present.</summary>
public sealed record AssessmentResult
{
    /// <summary>The instrument and version that was scored.</summary>
    public required InstrumentReference Instrument { get; init; }

    /// <summary>The agency, when the response set named one.</summary>
    public required AgencyInfo? Agency { get; init; }

    /// <summary>
    /// The number of responses scored; <see langword="null"/> when the release is withheld because fewer than
    /// <see cref="ScoringOptions.MinimumGroupSize"/> answered an anonymous survey (<see cref="Disclosure"/>).
    /// </summary>
    public required int? Respondents { get; init; }

    /// <summary>
    /// What the disclosure gate decided: the purpose, whether figures are shown (<see cref="WellnessAssessment.Disclosure.ReleaseStatus"/>),
    /// the threshold, and a plain statement. <see langword="null"/> only in results written before the gate existed.
    /// </summary>
    public WellnessAssessment.Disclosure.ReleaseDisclosure? Disclosure { get; init; }

    /// <summary>
    /// Where the answers come from: <see cref="AnswerOrigin.Online"/> or <see cref="AnswerOrigin.Import"/> for a cycle's
    /// release (a cycle takes one or the other, never both), <see cref="AnswerOrigin.Supplied"/> (the default) for a
    /// response set given directly to the library, the CLI or <c>POST /api/score</c>.
    /// </summary>
    public AnswerOrigin Origin { get; init; } = AnswerOrigin.Supplied;

    /// <summary>The options the result was computed with.</summary>
    public required ScoringOptions Options { get; init; }

    /// <summary>The overall score: the weighted mean of the section scores.</summary>
    public required ScoreAndBand Overall { get; init; }

    /// <summary>Section, domain and item figures in instrument order.</summary>
    public required IReadOnlyList<SectionResult> Sections { get; init; }

    /// <summary>
    /// The outcome items' figures, in instrument order, when the instrument has outcome items; otherwise
    /// <see langword="null"/> and left out of the JSON. Counted in no section, domain or overall score.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<OutcomeResult>? Outcomes { get; init; }

    /// <summary>
    /// The "what moves with what" view (correlation of each domain with each outcome across respondents), when the
    /// instrument has outcome items and the release is published; otherwise <see langword="null"/> and left out of the JSON.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public AssociationView? Associations { get; init; }

    /// <summary>
    /// Set when the result is one view (one respondent, or respondents of one group only); every output says so.
    /// <see langword="null"/> when several groups answered.
    /// </summary>
    public SingleView? SingleView { get; init; }

    /// <summary>
    /// Steps that begin the plan, in order: hearing staff when the result is one view, then creating or assigning the
    /// roles that later steps need and the agency profile says the agency may not have. Empty when none is needed.
    /// </summary>
    public IReadOnlyList<FirstStep> FirstSteps { get; init; } = [];

    /// <summary>Recommended actions, highest priority first.</summary>
    public required IReadOnlyList<ActionPlanEntry> ActionPlan { get; init; }

    /// <summary>
    /// The "keep it going" list: items between <see cref="ScoringOptions.ActionScoreThreshold"/> and
    /// <see cref="ScoringOptions.StrengthThreshold"/> that are not in the action plan, each with its sustain step,
    /// highest priority first.
    /// </summary>
    public IReadOnlyList<SustainEntry> KeepItGoing { get; init; } = [];

    /// <summary>Items scoring at or above <see cref="ScoringOptions.StrengthThreshold"/>, highest first.</summary>
    public required IReadOnlyList<Strength> Strengths { get; init; }

    /// <summary>The change since an earlier assessment, when one was supplied; otherwise <see langword="null"/>.</summary>
    public TrendResult? Trend { get; init; }

    /// <summary>
    /// The comparison with peer norms, when norms were supplied (see <see cref="Norms.PeerComparer"/>); otherwise
    /// <see langword="null"/> and left out of the JSON.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Norms.PeerComparison? PeerComparison { get; init; }

    /// <summary>
    /// Participation against the agency's headcounts, when headcounts were supplied (see
    /// <see cref="Participation.ParticipationCalculator.Compute"/>); otherwise <see langword="null"/> and left out of the JSON.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Participation.ParticipationReport? Participation { get; init; }

    /// <summary>Every domain result of every section, in instrument order.</summary>
    public IEnumerable<DomainResult> Domains() => Sections.SelectMany(section => section.Domains);

    /// <summary>The domain result with the given id, or <see langword="null"/>.</summary>
    /// <param name="domainId">A domain id of the instrument.</param>
    public DomainResult? FindDomain(string domainId) => Domains().FirstOrDefault(domain => domain.Id == domainId);
}
