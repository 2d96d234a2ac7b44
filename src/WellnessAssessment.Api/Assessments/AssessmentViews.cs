using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Instruments;
using WellnessAssessment.Scoring;
using WellnessAssessment.Storage.Assessments;

namespace WellnessAssessment.Api.Assessments;

/// <summary>Builds what command staff see of a cycle: counts by group, with small groups shown only as "below the threshold".</summary>
internal static class AssessmentViews
{
    public static AssessmentView Create(HttpRequest request, Assessment assessment, IReadOnlyDictionary<string, int> counts, InstrumentCatalog catalog, WellnessApiOptions options)
    {
        var k = ScoringOptions.Default.MinimumGroupSize;
        var instrument = catalog.Find(assessment.Instrument.Id, assessment.Instrument.Version);
        var groups = (instrument?.Groups ?? []).Select(group =>
        {
            var count = counts.GetValueOrDefault(group.Id);
            var small = count is > 0 && count < k;
            return new GroupCount(group.Id, group.Title, small ? null : count, small);
        }).ToList();

        return new AssessmentView
        {
            Id = assessment.Id,
            Title = assessment.Title,
            Instrument = assessment.Instrument,
            Status = assessment.Status == AssessmentStatus.Open ? "open" : "closed",
            RespondentToken = assessment.RespondentToken,
            Profile = assessment.Profile,
            RespondentUrl = RespondentUrl(request, assessment.RespondentToken, options),
            CreatedAt = assessment.CreatedAt,
            ClosedAt = assessment.ClosedAt,
            ResponseCount = counts.Values.Sum(),
            MinimumGroupSize = k,
            Groups = groups,
        };
    }

    public static string RespondentUrl(HttpRequest request, string token, WellnessApiOptions options)
    {
        var root = options.PublicBaseUrl?.ToString().TrimEnd('/') ?? $"{request.Scheme}://{request.Host}{request.PathBase}";
        return $"{root}/survey/{Uri.EscapeDataString(token)}";
    }
}
