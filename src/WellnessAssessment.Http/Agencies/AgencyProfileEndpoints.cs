using WellnessAssessment.Http.Access;
using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Http.Requests;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Service.Agencies;

namespace WellnessAssessment.Http.Agencies;

/// <summary>An agency and its profile (agency key): <c>GET /api/agencies/{agencyId}</c> and <c>PUT /api/agencies/{agencyId}/profile</c>.</summary>
public static class AgencyProfileEndpoints
{
    /// <summary><c>GET /api/agencies/{agencyId}</c>: the agency with its profile, 404.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="agencies">The agency service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> GetAgency(string agencyId, AgencyService agencies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        return OutcomeResults.ToResult(await agencies.GetAsync(agencyId, cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>PUT /api/agencies/{agencyId}/profile</c>: the agency as it now is, 400 naming the field, 404.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="agencies">The agency service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> SetAgencyProfile(string agencyId, HttpContext http, AgencyService agencies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        var body = await HttpBody.ReadAsync<AgencyProfile>(http, cancellationToken).ConfigureAwait(false);
        return OutcomeResults.ToResult(await agencies.SetProfileAsync(agencyId, HttpCaller.Of(http), body, cancellationToken).ConfigureAwait(false));
    }
}
