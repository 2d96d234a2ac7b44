using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Http.Requests;
using WellnessAssessment.Service.Cycles;

namespace WellnessAssessment.Http.Cycles;

/// <summary>A closed cycle's focus areas (agency key): <c>PUT /api/agencies/{agencyId}/assessments/{assessmentId}/focus-areas</c>.</summary>
public static class FocusAreaEndpoints
{
    /// <summary><c>PUT …/{assessmentId}/focus-areas</c>: the cycle as it now is, 400 naming <c>focusAreas[i]</c>, 404, 409.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="focusAreas">The focus area service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> SetFocusAreas(string agencyId, string assessmentId, HttpContext http, FocusAreaService focusAreas, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(focusAreas);
        var body = await HttpBody.ReadAsync<SetFocusAreasRequest>(http, cancellationToken).ConfigureAwait(false);
        return OutcomeResults.ToResult(await focusAreas.SetAsync(CycleEndpoints.CycleOf(agencyId, assessmentId, http), body, cancellationToken).ConfigureAwait(false));
    }
}
