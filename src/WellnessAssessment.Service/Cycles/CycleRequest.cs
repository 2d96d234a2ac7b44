using WellnessAssessment.Service.Access;

namespace WellnessAssessment.Service.Cycles;

/// <summary>A request about an agency's cycles, as every cycle workflow takes it.</summary>
/// <param name="AgencyId">The route's agency (authorized by the host).</param>
/// <param name="Caller">Who asked (audit actor, agency name).</param>
/// <param name="RequestRoot">The root of the address the request was sent to, for respondent links when no public base address is configured.</param>
public sealed record AgencyRequest(string AgencyId, Caller Caller, string RequestRoot);

/// <summary>A request about one cycle.</summary>
/// <param name="AgencyId">The route's agency (authorized by the host).</param>
/// <param name="AssessmentId">The route's cycle (checked by the workflow: an invalid id is a cycle that does not exist).</param>
/// <param name="Caller">Who asked (audit actor, agency name).</param>
/// <param name="RequestRoot">The root of the address the request was sent to, for respondent links when no public base address is configured.</param>
public sealed record CycleRequest(string AgencyId, string AssessmentId, Caller Caller, string RequestRoot)
{
    /// <summary>The agency-level part of the request.</summary>
    public AgencyRequest Agency => new(AgencyId, Caller, RequestRoot);
}
