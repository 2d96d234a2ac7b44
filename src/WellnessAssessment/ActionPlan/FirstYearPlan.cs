using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.ActionPlan;

/// <summary>
/// The action plan sized to the agency: the first-year actions (focus-area actions first, then by priority, at most
/// <see cref="Limit"/>) and the rest, for later. The result's <see cref="AssessmentResult.FirstSteps"/> come before both
/// and are not counted.
/// </summary>
public sealed record FirstYearPlan
{
    /// <summary>The focus areas, with their scores and owners, in order.</summary>
    public required IReadOnlyList<FocusArea> FocusAreas { get; init; }

    /// <summary>Whether the core suggested the focus areas rather than command staff choosing them.</summary>
    public required bool FocusAreasSuggested { get; init; }

    /// <summary>The agency's size band from its profile, or <see langword="null"/> when unknown.</summary>
    public required AgencySize? Size { get; init; }

    /// <summary>The most first-year actions for <see cref="Size"/> (<see cref="FirstYearPlanner.LimitFor"/>).</summary>
    public required int Limit { get; init; }

    /// <summary>The first-year actions: those of the focus areas by priority, then the others by priority; at most <see cref="Limit"/>.</summary>
    public required IReadOnlyList<ActionPlanEntry> FirstYear { get; init; }

    /// <summary>The rest of the plan, in the same order: the appendix "Later".</summary>
    public required IReadOnlyList<ActionPlanEntry> Later { get; init; }

    /// <summary>Whether the domain is one of the focus areas.</summary>
    /// <param name="domainId">A domain id.</param>
    public bool IsFocus(string domainId) => FocusAreas.Any(area => area.DomainId == domainId);
}
