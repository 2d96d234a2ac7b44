using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Validation;

namespace WellnessAssessment.ActionPlan;

/// <summary>
/// Sizes a result's action plan to the agency and leads it with the focus areas (see <c>docs/scoring-method.md</c>,
/// "Focus areas and the first-year plan"). The size table: up to 10 sworn staff, 12 first-year actions; 11–49, 18;
/// 50–249, 24; 250 or more, 30; size unknown, 24.
/// </summary>
public static class FirstYearPlanner
{
    /// <summary>The most first-year actions for an agency of the given size band.</summary>
    /// <param name="size">The profile's size band; <see langword="null"/> when unknown.</param>
    /// <returns>12, 18, 24 or 30 by band; 24 when the size is unknown.</returns>
    public static int LimitFor(AgencySize? size) => size switch
    {
        AgencySize.UpTo10 => 12,
        AgencySize.From11To49 => 18,
        AgencySize.From50To249 => 24,
        AgencySize.From250 => 30,
        _ => 24,
    };

    /// <summary>Builds the first-year plan of a result.</summary>
    /// <param name="result">The scored result; its agency profile gives the size band.</param>
    /// <param name="options">The chosen focus areas; <see langword="null"/> or none: the suggested ones.</param>
    /// <returns>The plan: focus-area actions first, then by priority, cut at the size limit; the rest as "later".</returns>
    /// <exception cref="AssessmentValidationException">The focus areas are of another instrument (path <c>options.focusAreas</c>).</exception>
    public static FirstYearPlan Plan(AssessmentResult result, PlanOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var focus = options?.FocusAreas ?? FocusAreas.Suggest(result);
        if (focus.Instrument.Id != result.Instrument.Id || focus.Instrument.Version != result.Instrument.Version)
        {
            throw new AssessmentValidationException("plan options", [new ValidationError(
                "options.focusAreas",
                $"The focus areas are domains of {focus.Instrument.Id} {focus.Instrument.Version}, but the result is of {result.Instrument.Id} {result.Instrument.Version}.")]);
        }

        var size = result.Agency?.Profile?.Size;
        var limit = LimitFor(size);
        var focusIds = focus.Areas.Select(area => area.DomainId).ToList();
        int Rank(ActionPlanEntry entry) => focusIds.Contains(entry.DomainId) ? 0 : 1;

        // The plan is highest priority first; a stable sort keeps that order within the focus areas and the rest.
        var ordered = result.ActionPlan.OrderBy(Rank).ToList();
        var firstYear = ordered.Take(limit).ToList();
        var areas = focus.Areas.Select(area => area with
        {
            Score = result.FindDomain(area.DomainId)?.Score,
            Owner = firstYear.FirstOrDefault(entry => entry.DomainId == area.DomainId)?.Owner,
        }).ToList();
        return new FirstYearPlan
        {
            FocusAreas = areas,
            FocusAreasSuggested = focus.Suggested,
            Size = size,
            Limit = limit,
            FirstYear = firstYear,
            Later = ordered.Skip(limit).ToList(),
        };
    }
}
