using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Instruments;
using WellnessAssessment.Scoring;
using WellnessAssessment.Storage.Assessments;

namespace WellnessAssessment.Api.Assessments;

/// <summary>
/// Builds what command staff see of a cycle: counts by group protected by the core's rule
/// (<see cref="ParticipationCounts.Protect"/>): small groups, their complements, and a total below the threshold are withheld.
/// </summary>
internal static class AssessmentViews
{
    public static AssessmentView Create(HttpRequest request, Assessment assessment, CycleTallies tallies, CycleResults results, InstrumentCatalog catalog, WellnessApiOptions options)
    {
        var k = ScoringOptions.Default.MinimumGroupSize;
        var counts = tallies.Counts;
        var instrumentGroups = catalog.Find(assessment.Instrument.Id, assessment.Instrument.Version)?.Groups ?? [];
        var shown = ParticipationCounts.Protect([.. instrumentGroups.Select(group => counts.GetValueOrDefault(group.Id))], k);
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
            Status = assessment.Status == AssessmentStatus.Open ? "open" : "closed",
            Purpose = assessment.Purpose,
            Origin = assessment.Origin == ResponseOrigin.Import ? "import" : counts.Values.Sum() > 0 ? "online" : null,
            ResultsReleased = CycleResults.IsReleased(assessment),
            RespondentToken = assessment.RespondentToken,
            Profile = assessment.Profile,
            RespondentUrl = RespondentUrl(request, assessment.RespondentToken, options),
            CreatedAt = assessment.CreatedAt,
            ClosedAt = assessment.ClosedAt,
            PurgedAt = assessment.PurgedAt,
            ResponseCount = shown.Total,
            MinimumGroupSize = k,
            Groups = groups,
            Headcounts = assessment.Headcounts,
            Participation = results.Participation(assessment, tallies, k),
        };
    }

    public static string RespondentUrl(HttpRequest request, string token, WellnessApiOptions options) =>
        Surveys.SurveyLinks.RespondentUrl(request, token, options);
}
