using WellnessAssessment.Http.Access;
using WellnessAssessment.Http.Cycles;
using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Http.Requests;
using WellnessAssessment.Reports.Csv;
using WellnessAssessment.Service.Register;

namespace WellnessAssessment.Http.Register;

/// <summary>An agency's action register (agency key): <c>/api/agencies/{agencyId}/register…</c> list, adopt, get, edit, export, progress.</summary>
public static class RegisterEndpoints
{
    /// <summary><c>GET …/register</c>: every action with today's counts.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="register">The register service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> ListActions(string agencyId, HttpContext http, RegisterService register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(register);
        return OutcomeResults.ToResult(await register.ListAsync(CycleEndpoints.AgencyOf(agencyId, http), cancellationToken).ConfigureAwait(false));
    }

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

    /// <summary><c>GET …/register/actions/{actionId}</c>: the action with its <c>ETag</c>, 404.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="actionId">The route's action.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="register">The register service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> GetAction(string agencyId, string actionId, HttpContext http, RegisterService register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(register);
        return OutcomeResults.ToResult(await register.GetAsync(ActionOf(agencyId, actionId, http), cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>PUT …/register/actions/{actionId}</c> with <c>If-Match</c>: the edited action with its <c>ETag</c>, 400, 404, 412, 428.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="actionId">The route's action.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="register">The register service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> UpdateAction(string agencyId, string actionId, HttpContext http, RegisterService register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(register);
        var request = ActionOf(agencyId, actionId, http);
        var body = await HttpBody.ReadAsync<ActionEditRequest>(http, cancellationToken).ConfigureAwait(false);
        var outcome = await register.UpdateAsync(request, body, http.Request.Headers.IfMatch.ToString(), cancellationToken).ConfigureAwait(false);
        return OutcomeResults.ToResult(outcome);
    }

    /// <summary>
    /// <c>GET …/register/export.csv</c>: the register as a CSV download (the one CSV writer, <c>CsvTable</c>): its header
    /// row, then its rows, UTF-8 with a byte-order mark so spreadsheet programs read accents.
    /// </summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="register">The register service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> ExportRegisterCsv(string agencyId, HttpContext http, RegisterService register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(register);
        var outcome = await register.ExportTableAsync(CycleEndpoints.AgencyOf(agencyId, http), cancellationToken).ConfigureAwait(false);
        return OutcomeResults.ToResult(outcome, table => TypedResults.File(CsvTable.ToUtf8(table.Rows.Prepend(table.Columns), byteOrderMark: true), "text/csv; charset=utf-8", table.FileName));
    }

    /// <summary><c>GET …/register/export.ics</c>: the register as an iCalendar download.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="register">The register service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> ExportRegisterCalendar(string agencyId, HttpContext http, RegisterService register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(register);
        var outcome = await register.ExportCalendarAsync(CycleEndpoints.AgencyOf(agencyId, http), cancellationToken).ConfigureAwait(false);
        return OutcomeResults.ToResult(outcome, calendar => TypedResults.File(RegisterCalendarWriter.Write(calendar), "text/calendar; charset=utf-8", calendar.FileName));
    }

    /// <summary><c>GET …/register/progress/{assessmentId}</c>: what the previous cycle's actions changed, 404, 409.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's (later) cycle.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="register">The register service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> GetProgress(string agencyId, string assessmentId, HttpContext http, RegisterService register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(register);
        return OutcomeResults.ToResult(await register.ProgressAsync(CycleEndpoints.CycleOf(agencyId, assessmentId, http), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The action request of an HTTP request: the route's agency and action and the authorized caller.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="actionId">The route's action.</param>
    /// <param name="http">The request's context.</param>
    public static ActionRequest ActionOf(string agencyId, string actionId, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return new(agencyId, actionId, HttpCaller.Of(http));
    }
}
