using WellnessAssessment.Instruments;
using WellnessAssessment.ActionPlan;
using WellnessAssessment.Results;

namespace WellnessAssessment.Reports;

/// <summary>
/// What one report says: the scoring result and its instrument, and the optional data that add sections or fill them
/// (the earlier result, the action register and progress, the focus areas command staff chose) and the words and date
/// printed on it. The writer's <see cref="ReportOptions"/> decide how it looks and which sections are written.
/// </summary>
public sealed record ReportContent
{
    /// <summary>Creates the content of a report of <paramref name="result"/>.</summary>
    /// <param name="result">The scoring result.</param>
    /// <param name="instrument">The instrument the result was scored with (the same id and version).</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="instrument"/> is <see langword="null"/>.</exception>
    public ReportContent(AssessmentResult result, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(instrument);
        Result = result;
        Instrument = instrument;
    }

    /// <summary>The scoring result the report presents.</summary>
    public AssessmentResult Result { get; }

    /// <summary>The instrument the result was scored with; it gives the items' texts, sources and steps.</summary>
    public Instrument Instrument { get; }

    /// <summary>An earlier result of the same instrument, for the trend section and the brief's "what changed"; <see langword="null"/> (the default) for none.</summary>
    public AssessmentResult? Previous { get; init; }

    /// <summary>
    /// The action register and, when there is an earlier cycle, the core's progress report: the register fills the plan's
    /// Assignee, Due and Status columns, and the progress report adds "What we did and what changed"; <see langword="null"/>
    /// (the default) for none.
    /// </summary>
    public ActionTracking? Tracking { get; init; }

    /// <summary>
    /// The focus areas command staff chose (<see cref="PlanOptions.FocusAreas"/>); <see langword="null"/> (the default):
    /// the core's suggestion. The action plan and the executive brief lead with them.
    /// </summary>
    public PlanOptions? Plan { get; init; }

    /// <summary>The agency name printed on the report; default (<see langword="null"/>): the result's agency name, else "Your agency".</summary>
    public string? AgencyDisplayName { get; init; }

    /// <summary>The assessment period shown on the cover, for example <c>Spring 2026</c>; <see langword="null"/> (the default) for none.</summary>
    public string? AssessmentPeriod { get; init; }

    /// <summary>
    /// The creation date written into the report and its metadata (and the brief's due days are counted from it); fix it
    /// for reproducible output: the same content, options and date give the same bytes. Default (<see langword="null"/>):
    /// now, by the writer's clock.
    /// </summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
