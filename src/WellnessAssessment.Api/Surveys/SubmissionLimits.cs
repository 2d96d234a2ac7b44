using WellnessAssessment.Http.Access;
using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Service.Limits;

namespace WellnessAssessment.Api.Surveys;

/// <summary>
/// The submission limits of <see cref="ClientLimits"/> (per client address, per respondent link, per invitation code,
/// wrong codes per address) for this host's survey handlers, the client keyed by <see cref="HttpClientAddress"/>.
/// </summary>
internal sealed class SubmissionLimits(ClientLimits limits)
{
    /// <summary>Takes one draft write from the address's and the link's allowance; a 429 problem when either is spent.</summary>
    public IResult? DraftWrite(HttpContext http, string link) => Answer(limits.TakeDraftWrite(HttpClientAddress.KeyOf(http), link));

    /// <summary>Takes one submission from the address's and the link's allowance; a 429 problem when either is spent.</summary>
    public IResult? Submission(HttpContext http, string token) => Answer(limits.TakeSubmission(HttpClientAddress.KeyOf(http), token));

    /// <summary>Takes one submission from the code's allowance.</summary>
    public IResult? Code(HttpContext http, string normalizedCode) => Answer(limits.Take(Allowance.SubmissionsPerCode, normalizedCode));

    /// <summary>A 429 problem when the address has sent too many wrong codes lately (it is not counted here).</summary>
    public IResult? GuessingBlocked(HttpContext http) => Answer(limits.Check(Allowance.WrongCodesPerAddress, HttpClientAddress.KeyOf(http)));

    /// <summary>Counts a wrong or already-used code against the address.</summary>
    public void WrongCode(HttpContext http) => limits.Count(Allowance.WrongCodesPerAddress, HttpClientAddress.KeyOf(http));

    private static IResult? Answer(Service.Outcomes.Problem? problem) => problem is null ? null : OutcomeResults.ToResult(problem);
}
