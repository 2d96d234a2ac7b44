using WellnessAssessment.Http.Cycles;
using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Http.Requests;
using WellnessAssessment.Service.Register;

namespace WellnessAssessment.Http.Register;

/// <summary>An agency's action register (agency key): <c>/api/agencies/{agencyId}/register…</c>.</summary>
public static class RegisterEndpoints
{
    /// <summary><c>POST …/register/adopt</c>: what was added and what was there already, 400, 404, 409.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="register">The register service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> AdoptActions(string agencyId, HttpContext http, RegisterService register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(register);
        var body = await HttpBody.ReadAsync<AdoptRequest>(http, cancellationToken).ConfigureAwait(false);
        return !body.Succeeded
            ? OutcomeResults.ToResult(body.Problem)
            : OutcomeResults.ToResult(await register.AdoptAsync(CycleEndpoints.AgencyOf(agencyId, http), body.Value!, cancellationToken).ConfigureAwait(false));
    }
}
