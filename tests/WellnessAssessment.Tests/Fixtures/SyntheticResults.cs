using WellnessAssessment.Instruments;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Tests.Fixtures;

/// <summary>
/// Results built directly from scores (no respondents), for norm tests that need exact agency scores: one section
/// <c>s1</c> with the given domains <c>d1</c>, <c>d2</c>, …; the section and overall scores are the domain mean.
/// </summary>
internal static class SyntheticResults
{
    public static AssessmentResult Create(string agencyId, AgencySize? size, params double?[] domainScores)
    {
        var domains = domainScores.Select((score, index) => new DomainResult
        {
            Id = $"d{index + 1}", Title = $"Domain {index + 1}", Score = score, Band = BandEdges.Default.Classify(score),
            N = score is null ? 0 : 10, Sd = null, Ci95 = null, Alpha = null,
            PerceptionGap = new PerceptionGap { Status = PerceptionGapStatus.NoPools, Leadership = null, LeadershipN = null, Frontline = null, FrontlineN = null, Gap = null, Flagged = false },
            Groups = [], Items = [],
        }).ToArray();
        var scored = domainScores.Where(score => score is not null).Select(score => score!.Value).ToArray();
        double? mean = scored.Length == 0 ? null : scored.Average();
        return new AssessmentResult
        {
            Instrument = new InstrumentReference("synthetic", "1.0.0"),
            Agency = new AgencyInfo(agencyId, $"Agency {agencyId}") { Profile = size is null ? null : new AgencyProfile { Size = size } },
            Respondents = 10,
            Options = new ScoringOptions(),
            Overall = new ScoreAndBand(mean, BandEdges.Default.Classify(mean)),
            Sections = [new SectionResult { Id = "s1", Title = "Section 1", Score = mean, Band = BandEdges.Default.Classify(mean), Domains = domains }],
            ActionPlan = [],
            Strengths = [],
        };
    }
}
