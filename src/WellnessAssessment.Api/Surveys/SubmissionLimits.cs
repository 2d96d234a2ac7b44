using WellnessAssessment.Http.Access;
using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Service.Limits;

namespace WellnessAssessment.Api.Surveys;

/// <summary>
/// The submission limits of <see cref="ClientLimits"/> (per client address and per respondent link) for this host's
/// survey handlers, the client keyed by <see cref="HttpClientAddress"/>.
/// </summary>
internal sealed class SubmissionLimits(ClientLimits limits)
{
    /// <summary>Takes one submission from the address's and the link's allowance; a 429 problem when either is spent.</summary>
    public IResult? Submission(HttpContext http, string token) => Answer(limits.TakeSubmission(HttpClientAddress.KeyOf(http), token));

    private static IResult? Answer(Service.Outcomes.Problem? problem) => problem is null ? null : OutcomeResults.ToResult(problem);
}
