using WellnessAssessment.Http.Register;
using WellnessAssessment.Http.Access;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using WellnessAssessment.Api.Assessments;
using WellnessAssessment.Api.Authentication;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Instruments;
using WellnessAssessment.Register;
using WellnessAssessment.Responses;
using WellnessAssessment.Storage.Assessments;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Storage.Register;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Api.Register;

/// <summary>An agency's action register (agency key): adopt from a closed cycle's plan, list, edit with ETags, export, progress.</summary>
internal static class ActionRegisterApi
{
    public static RouteGroupBuilder MapActionRegisterApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/agencies/{agencyId}/register").WithTags(ApiTags.ActionRegister).RequireAgencyKey().UsesStore();
        group.MapGet("/", ListActions).WithName("ListActions")
            .WithSummary("List the register")
            .WithDescription("Every adopted action: those in the agency's current focus areas (saved for its latest closed cycle that has any) first, by the areas' rank, then the rest; adoption order within each. Each with its version (for If-Match) and whether it is overdue today (UTC), and the counts for a dashboard line such as \"12 of 20 actions done, 3 overdue\".");
        group.MapPost("/adopt", RegisterEndpoints.AdoptActions).WithName("AdoptActions")
            .WithSummary("Adopt actions from a closed cycle's plan")
            .WithDescription("Adds plan entries of a closed cycle (the latest closed one when assessmentId is left out) as planned actions: all of them, the first `top` by priority, or the chosen `itemIds`. Adopting an entry that is already in the register leaves it unchanged, so the request can be repeated. An open cycle answers 409; an item that is not in the plan answers 400 with its path.")
            .AcceptsJson<AdoptRequest>()
            .Produces<AdoptionReceipt>()
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapGet("/actions/{actionId}", GetAction).WithName("GetAction")
            .WithSummary("Get an action")
            .WithDescription("One action with its version, also sent as the ETag header.");
        group.MapPut("/actions/{actionId}", UpdateAction).WithName("UpdateAction")
            .WithSummary("Edit an action")
            .WithDescription("Sets every editable field (assignee, due, status, droppedReason, notes, evidenceLink) of the version named in If-Match; a status change adds a dated history entry. Without If-Match the API answers 428; when the action changed since that version, 412 with the current version in the problem (`current`) and its ETag, and nothing is written.")
            .AcceptsJson<ActionEditRequest>()
            .Produces<ActionView>()
            .ProducesProblems(StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);
        group.MapGet("/export.csv", ExportCsv).WithName("ExportRegisterCsv")
            .WithSummary("Export the register as CSV")
            .WithDescription("One row per action (UTF-8 with BOM, CRLF, RFC 4180 quoting; cells that a spreadsheet would run as a formula are escaped).")
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv");
        group.MapGet("/export.ics", ExportCalendar).WithName("ExportRegisterCalendar")
            .WithSummary("Export the register as iCalendar")
            .WithDescription("One VTODO per action with its due day (RFC 5545; UTF-8, CRLF, folded lines, a stable UID per action so a calendar re-import updates rather than duplicates).")
            .Produces<Stream>(StatusCodes.Status200OK, "text/calendar");
        group.MapGet("/progress/{assessmentId}", GetProgress).WithName("GetProgress")
            .WithSummary("What we did and what changed")
            .WithDescription("For the actions adopted from the previous closed cycle, the change of each action's item and domain at this cycle with both 95% intervals, the items that moved without an action, and the actions in progress or done whose item did not move. 409 when there is no earlier closed cycle to compare with.")
            .Produces<ProgressView>()
            .ProducesProblems(StatusCodes.Status409Conflict);
        return api;
    }

    public static async Task<Ok<RegisterView>> ListActions(string agencyId, ActionRegisterStore store, AssessmentStore assessments, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = Today(clock);
        // The agency's current focus areas' actions first (FocusOrder), then the rest; adoption order within each.
        var stored = FocusOrder.FocusFirst(
            await store.ListAsync(agencyId, cancellationToken).ConfigureAwait(false),
            FocusOrder.CurrentFocusAreas(await assessments.ListAsync(agencyId, cancellationToken).ConfigureAwait(false)));
        return TypedResults.Ok(new RegisterView(today, RegisterSummary.Of(stored.Select(each => each.Action), today), [.. stored.Select(each => View(each, today))]));
    }

    public static async Task<Results<Ok<ActionView>, ProblemHttpResult>> GetAction(string agencyId, string actionId, HttpContext http, ActionRegisterStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!IsActionId(actionId) || await store.GetAsync(agencyId, actionId, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return NoSuchAction();
        }

        http.Response.Headers.ETag = EntityTag(stored.Version);
        return TypedResults.Ok(View(stored, Today(clock)));
    }

    public static async Task<IResult> UpdateAction(
        string agencyId, string actionId, HttpContext http, ActionRegisterStore store, TimeProvider clock, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        if (!IsActionId(actionId))
        {
            return NoSuchAction();
        }

        var (body, problem) = await JsonBody.ReadAsync(http.Request, options.Value.MaxBodyBytes, ApiJson.TypeInfo<ActionEditRequest>(), cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.Status is not { } status)
        {
            return ApiProblems.Invalid(new AssessmentValidationException("request body", [new ValidationError("status", "is required (planned, in-progress, done or dropped)")]));
        }

        var edit = new ActionEdit
        {
            Assignee = body.Assignee,
            Due = body.Due,
            Status = status,
            DroppedReason = body.DroppedReason,
            Notes = body.Notes,
            EvidenceLink = body.EvidenceLink,
            StatusNote = body.StatusNote,
        };
        if (edit.Validate() is { Count: > 0 } errors)
        {
            return ApiProblems.Invalid(new AssessmentValidationException("request body", errors));
        }

        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return TypedResults.Problem(
                detail: "Send the version you edited in If-Match (the ETag of GET …/actions/{actionId}), so that an edit never overwrites one you have not seen.",
                statusCode: StatusCodes.Status428PreconditionRequired,
                title: "Precondition required");
        }

        var today = Today(clock);
        var expected = Version(ifMatch);
        var update = expected is null
            ? new ActionUpdate(ActionUpdateStatus.Stale, await store.GetAsync(agencyId, actionId, cancellationToken).ConfigureAwait(false))
            : await store.UpdateAsync(agencyId, actionId, expected, action => edit.ApplyTo(action, today), cancellationToken).ConfigureAwait(false);
        if (update.Action is not { } stored)
        {
            return NoSuchAction();
        }

        http.Response.Headers.ETag = EntityTag(stored.Version);
        if (update.Status == ActionUpdateStatus.Stale)
        {
            return TypedResults.Problem(
                detail: "The action changed since the version in If-Match; nothing was written. `current` is the action as it is now: review it and send your edit again with its version.",
                statusCode: StatusCodes.Status412PreconditionFailed,
                title: "Edited by someone else",
                extensions: new Dictionary<string, object?>
                {
                    ["currentVersion"] = stored.Version,
                    ["current"] = View(stored, today),
                });
        }

        return TypedResults.Ok(View(stored, today));
    }

    public static async Task<FileContentHttpResult> ExportCsv(string agencyId, ActionRegisterStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var stored = await store.ListAsync(agencyId, cancellationToken).ConfigureAwait(false);
        return TypedResults.File(RegisterCsv.Write([.. stored.Select(each => each.Action)], Today(clock)), "text/csv; charset=utf-8", $"{agencyId}-actions.csv");
    }

    public static async Task<FileContentHttpResult> ExportCalendar(string agencyId, HttpContext http, ActionRegisterStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var stored = await store.ListAsync(agencyId, cancellationToken).ConfigureAwait(false);
        var name = HttpCaller.Of(http).AgencyName ?? agencyId;
        return TypedResults.File(
            RegisterCalendar.Write(agencyId, name, [.. stored.Select(each => each.Action)], clock.GetUtcNow()), "text/calendar; charset=utf-8", $"{agencyId}-actions.ics");
    }

    public static async Task<IResult> GetProgress(
        string agencyId, string assessmentId, HttpContext http, ActionRegisterStore store, AssessmentStore assessments, CycleResults results, InstrumentCatalog catalog, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsValidId(assessmentId) || await assessments.GetAsync(agencyId, assessmentId, cancellationToken).ConfigureAwait(false) is not { } cycle)
        {
            return ApiProblems.NotFound("No such assessment cycle.");
        }

        if (CycleResults.NotReleased(cycle) is { } notYet)
        {
            return ApiProblems.From(notYet);
        }

        if (await results.PreviousClosedCycleAsync(cycle, cancellationToken).ConfigureAwait(false) is not { } previousCycle)
        {
            return ApiProblems.Conflict("The agency has no earlier closed cycle of this instrument to compare this cycle with.");
        }

        var (current, previous) = await results.WithTrendAsync(cycle, AgencyOf(http, cycle), cancellationToken).ConfigureAwait(false);
        var register = await RegisterFromAsync(store, agencyId, previousCycle.Id, cancellationToken).ConfigureAwait(false);
        var report = ProgressCalculator.Compute(register, previous!, current, catalog.FindCrosswalk(previous!.Instrument, current.Instrument));
        return TypedResults.Ok(new ProgressView(cycle.Id, previousCycle.Id, report));
    }

    /// <summary>The register's actions adopted from <paramref name="sourceCycle"/>, as a register the core can compute with.</summary>
    internal static async Task<ActionRegister> RegisterFromAsync(ActionRegisterStore store, string agencyId, string sourceCycle, CancellationToken cancellationToken)
    {
        var stored = await store.ListAsync(agencyId, cancellationToken).ConfigureAwait(false);
        return new ActionRegister { Actions = [.. stored.Select(each => each.Action).Where(action => action.SourceCycle == sourceCycle)] };
    }

    internal static DateOnly Today(TimeProvider clock) => RegisterService.Today(clock);

    private static ActionView View(StoredAction stored, DateOnly today) => RegisterService.View(stored, today);

    /// <summary>The strong entity tag of a version: the store's version (itself a weak tag) base64url-encoded inside quotes.</summary>
    internal static string EntityTag(string version) => $"\"{Base64Url(version)}\"";

    private static string Base64Url(string value) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(value)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The store version an If-Match names (its first entity tag; also accepts the bare version from a body), or null when it names none we issued.</summary>
    private static string? Version(string ifMatch)
    {
        if (EntityTagHeaderValue.TryParseList([ifMatch], out var tags) && tags.Count > 0 && !tags[0].IsWeak && tags[0].Tag.Length > 2)
        {
            var inner = tags[0].Tag.Value![1..^1];
            try
            {
                var padded = inner.Replace('-', '+').Replace('_', '/');
                padded += new string('=', (4 - (padded.Length % 4)) % 4);
                return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(padded));
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsActionId(string actionId) =>
        actionId.Length <= (2 * Identifiers.MaxLength) + 1 && actionId.Length > 0 && actionId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    private static AgencyInfo AgencyOf(HttpContext http, Assessment assessment) =>
        new(assessment.AgencyId, HttpCaller.Of(http).AgencyName ?? assessment.AgencyId) { Profile = assessment.Profile };

    private static ProblemHttpResult NoSuchAction() => ApiProblems.NotFound("No such action in the agency's register.");
}
