using WellnessAssessment.Disclosure;
using WellnessAssessment.Instruments;
using WellnessAssessment.Participation;
using WellnessAssessment.Scoring;
using WellnessAssessment.Storage.Cycles;

namespace WellnessAssessment.Service.Cycles;

/// <summary>
/// Builds what command staff see of a cycle: counts by group protected by the core's rule
/// (<see cref="ParticipationCounts.Protect(IReadOnlyList{RespondentGroup}, IReadOnlyDictionary{string, int}, int)"/>), the results' release pattern:
/// small groups, their complements, the pools' blocks, and a total below the threshold are withheld.
/// </summary>
public static class CycleViews
{
    /// <summary>The cycle as command staff see it.</summary>
    /// <param name="root">The site's public root (see <see cref="SurveyLinks.Root"/>), for the respondent link.</param>
    /// <param name="assessment">The cycle.</param>
    /// <param name="tallies">Its counts.</param>
    /// <param name="results">Its results (participation).</param>
    /// <param name="catalog">The instruments.</param>
    /// <param name="suggested">The core's suggested focus areas, shown when none were saved; null to leave them out.</param>
    public static AssessmentView Create(string root, StoredCycle assessment, CycleTallies tallies, CycleResults results, InstrumentCatalog catalog, WellnessAssessment.ActionPlan.FocusAreas? suggested = null)
    {
        var k = ScoringOptions.Default.MinimumGroupSize;
        var counts = tallies.Counts;
        var instrumentGroups = catalog.Find(assessment.Instrument.Id, assessment.Instrument.Version)?.Groups ?? [];
        var shown = ParticipationCounts.Protect(instrumentGroups, counts, k);
        var groups = instrumentGroups.Select((group, g) => new GroupCount(
            group.Id,
            group.Title,
            shown.Groups[g].Count,
            shown.Groups[g].Suppressed == SuppressionReason.BelowMinimumGroupSize,
            shown.Groups[g].Suppressed)).ToList();

        return new AssessmentView
        {
            Id = assessment.Id,
            Title = assessment.Title,
            Instrument = assessment.Instrument,
            Status = assessment.Status == CycleStatus.Open ? "open" : "closed",
            Purpose = assessment.Purpose,
            Origin = assessment.Origin == ResponseOrigin.Import ? "import" : counts.Values.Sum() > 0 ? "online" : null,
            ResultsReleased = CycleResults.IsReleased(assessment),
            RespondentToken = assessment.RespondentToken,
            Profile = assessment.Profile,
            RespondentUrl = SurveyLinks.RespondentUrl(root, assessment.RespondentToken),
            CreatedAt = assessment.CreatedAt,
            ClosedAt = assessment.ClosedAt,
            PurgedAt = assessment.PurgedAt,
            ResponseCount = shown.Total,
            MinimumGroupSize = k,
            Groups = groups,
            Headcounts = assessment.Headcounts,
            Participation = results.Participation(assessment, tallies, k),
            FocusAreas = FocusAreaService.Saved(assessment, catalog)?.Areas,
            SuggestedFocusAreas = assessment.FocusAreas is null && assessment.Status == CycleStatus.Closed ? suggested?.Areas : null,
        };
    }
}
