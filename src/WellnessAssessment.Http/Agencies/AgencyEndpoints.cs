using Microsoft.Extensions.Options;
using WellnessAssessment.Http.Access;
using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Http.Requests;
using WellnessAssessment.Service;
using WellnessAssessment.Service.Agencies;

namespace WellnessAssessment.Http.Agencies;

/// <summary><c>POST /api/agencies</c> (admin key) and <c>POST /api/agencies/{agencyId}/key</c> (agency or admin key).</summary>
public static class AgencyEndpoints
{
    /// <summary><c>POST /api/agencies</c>: 201 with the agency and its key (shown once), 400, 409.</summary>
    /// <param name="request">The request (JSON body, optional Idempotency-Key).</param>
    /// <param name="agencies">The agency service.</param>
    /// <param name="options">The body limit.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> CreateAgency(HttpRequest request, AgencyService agencies, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        ArgumentNullException.ThrowIfNull(options);
        var body = await JsonBody.ReadAsync(request, options.Value.MaxBodyBytes, HttpJson.TypeInfo<CreateAgencyRequest>(), cancellationToken).ConfigureAwait(false);
        return body.Succeeded
            ? OutcomeResults.ToResult(await agencies.CreateAsync(body.Value!, HttpCaller.RequestKeyOf(request), cancellationToken).ConfigureAwait(false))
            : OutcomeResults.ToResult(body.Problem);
    }

    /// <summary><c>POST /api/agencies/{agencyId}/key</c>: 200 with the new key (shown once), 404.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="http">The request's context (its authorized caller).</param>
    /// <param name="agencies">The agency service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> RotateKey(string agencyId, HttpContext http, AgencyService agencies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        return OutcomeResults.ToResult(await agencies.RotateKeyAsync(agencyId, HttpCaller.Of(http), cancellationToken).ConfigureAwait(false));
    }
}
