using WellnessAssessment.Http.Access;
using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Http.Requests;
using WellnessAssessment.Participation;
using WellnessAssessment.Service.Cycles;

namespace WellnessAssessment.Http.Cycles;

/// <summary>An agency's cycles (agency key): <c>/api/agencies/{agencyId}/assessments…</c> open, list, get, headcounts, import, close, purge.</summary>
public static class CycleEndpoints
{
    /// <summary><c>POST …/assessments</c>: 201 with the cycle, 400, 422.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="cycles">The cycle service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> CreateAssessment(string agencyId, HttpContext http, CycleService cycles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cycles);
        var body = await HttpBody.ReadAsync<CreateAssessmentRequest>(http, cancellationToken).ConfigureAwait(false);
        return !body.Succeeded
            ? OutcomeResults.ToResult(body.Problem)
            : OutcomeResults.ToResult(await cycles.CreateAsync(AgencyOf(agencyId, http), body.Value!, HttpCaller.RequestKeyOf(http.Request), cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>GET …/assessments</c>: every cycle.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="cycles">The cycle service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> ListAssessments(string agencyId, HttpContext http, CycleService cycles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cycles);
        return OutcomeResults.ToResult(await cycles.ListAsync(AgencyOf(agencyId, http), cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>GET …/assessments/{assessmentId}</c>: one cycle, 404.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="cycles">The cycle service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> GetAssessment(string agencyId, string assessmentId, HttpContext http, CycleService cycles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cycles);
        return OutcomeResults.ToResult(await cycles.GetAsync(CycleOf(agencyId, assessmentId, http), cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>PUT …/{assessmentId}/headcounts</c>: the cycle as it now is, 400, 404, 409.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="cycles">The cycle service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> SetHeadcounts(string agencyId, string assessmentId, HttpContext http, CycleService cycles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cycles);
        var body = await HttpBody.ReadAsync<Headcounts>(http, cancellationToken).ConfigureAwait(false);
        return OutcomeResults.ToResult(await cycles.SetHeadcountsAsync(CycleOf(agencyId, assessmentId, http), body, cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>POST …/{assessmentId}/responses/import</c>: the receipt, 400, 404, 409.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="cycles">The cycle service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> ImportResponses(string agencyId, string assessmentId, HttpContext http, CycleService cycles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cycles);
        var body = await HttpBody.ReadImportAsync(http, cancellationToken).ConfigureAwait(false);
        var outcome = await cycles.ImportAsync(CycleOf(agencyId, assessmentId, http), body, HttpCaller.RequestKeyOf(http.Request), cancellationToken).ConfigureAwait(false);
        return OutcomeResults.ToResult(outcome);
    }

    /// <summary><c>POST …/{assessmentId}/close</c>: the closed cycle, 404, 409.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="cycles">The cycle service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> CloseAssessment(string agencyId, string assessmentId, HttpContext http, CycleService cycles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cycles);
        return OutcomeResults.ToResult(await cycles.CloseAsync(CycleOf(agencyId, assessmentId, http), cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>DELETE …/{assessmentId}/responses</c>: the purged cycle, 404, 409.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="cycles">The cycle service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> PurgeResponses(string agencyId, string assessmentId, HttpContext http, CycleService cycles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cycles);
        return OutcomeResults.ToResult(await cycles.PurgeAsync(CycleOf(agencyId, assessmentId, http), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The agency request of an HTTP request: its authorized caller and the root of its address.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="http">The request's context.</param>
    public static AgencyRequest AgencyOf(string agencyId, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return new(agencyId, HttpCaller.Of(http), HttpSite.RequestRoot(http.Request));
    }

    /// <summary>The cycle request of an HTTP request.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="http">The request's context.</param>
    public static CycleRequest CycleOf(string agencyId, string assessmentId, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return new(agencyId, assessmentId, HttpCaller.Of(http), HttpSite.RequestRoot(http.Request));
    }
}
