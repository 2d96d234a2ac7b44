using WellnessAssessment.Disclosure;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Tests.Fixtures;

/// <summary>
/// Options of a named leadership self-assessment: every figure shown, one respondent included. Tests of the scoring
/// formulas over a handful of respondents use them; what an anonymous survey may show is tested in Disclosure/.
/// </summary>
internal static class Named
{
    public static ScoringOptions Options { get; } = new() { Purpose = ReleasePurpose.LeadershipSelfAssessment };
}
