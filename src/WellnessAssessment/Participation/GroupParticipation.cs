using WellnessAssessment.Disclosure;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Participation;

/// <summary>One respondent group's participation, as it may be published.</summary>
/// <param name="Id">The group id of the instrument.</param>
/// <param name="Title">The group's title.</param>
/// <param name="Headcount">The staff the agency expects in the group, or null when not given.</param>
/// <param name="Respondents">Respondents in the group, or null when withheld (<paramref name="Suppressed"/> says why).</param>
/// <param name="Suppressed">Why the count (and so the rate) is withheld, or null when shown.</param>
/// <param name="Rate">Respondents ÷ headcount (1.12 is 112%), or null when the count is withheld or there is no headcount.</param>
/// <param name="OverHeadcount">
/// More respondents than the headcount; only for a published count (a withheld group is flagged only jointly, see
/// <see cref="ParticipationReport.WithheldOverHeadcount"/>), so the flag is no oracle for a withheld count.
/// </param>
/// <param name="Burst">
/// The busiest window of online answers when it held more than <see cref="ParticipationRules.BurstShare"/> of the
/// headcount and at least the anonymity threshold of respondents, for a published group only, its times widened to
/// whole hours; otherwise null.
/// </param>
public sealed record GroupParticipation(
    string Id,
    string Title,
    int? Headcount,
    int? Respondents,
    SuppressionReason? Suppressed,
    double? Rate,
    bool OverHeadcount,
    ParticipationBurst? Burst);
