using WellnessAssessment.Api.Authentication;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Http.Register;
using WellnessAssessment.Service.Register;

namespace WellnessAssessment.Api.Register;

/// <summary>An agency's action register (agency key): adopt from a closed cycle's plan, list, edit with ETags, export, progress; the shared <see cref="RegisterEndpoints"/>.</summary>
internal static class ActionRegisterApi
{
    public static RouteGroupBuilder MapActionRegisterApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/agencies/{agencyId}/register").WithTags(ApiTags.ActionRegister).RequireAgencyKey().UsesStore();
        group.MapGet("/", RegisterEndpoints.ListActions).WithName("ListActions")
            .Produces<RegisterView>()
            .WithSummary("List the register")
            .WithDescription("Every adopted action: those in the agency's current focus areas (saved for its latest closed cycle that has any) first, by the areas' rank, then the rest; adoption order within each. Each with its version (for If-Match) and whether it is overdue today (UTC), and the counts for a dashboard line such as \"12 of 20 actions done, 3 overdue\".");
        group.MapPost("/adopt", RegisterEndpoints.AdoptActions).WithName("AdoptActions")
            .WithSummary("Adopt actions from a closed cycle's plan")
            .WithDescription("Adds plan entries of a closed cycle (the latest closed one when assessmentId is left out) as planned actions: all of them, the first `top` by priority, or the chosen `itemIds`. Adopting an entry that is already in the register leaves it unchanged, so the request can be repeated. An open cycle answers 409; an item that is not in the plan answers 400 with its path.")
            .AcceptsJson<AdoptRequest>()
            .Produces<AdoptionReceipt>()
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapGet("/actions/{actionId}", RegisterEndpoints.GetAction).WithName("GetAction")
            .Produces<ActionView>()
            .WithSummary("Get an action")
            .WithDescription("One action with its version, also sent as the ETag header.");
        group.MapPut("/actions/{actionId}", RegisterEndpoints.UpdateAction).WithName("UpdateAction")
            .WithSummary("Edit an action")
            .WithDescription("Sets every editable field (assignee, due, status, droppedReason, notes, evidenceLink) of the version named in If-Match; a status change adds a dated history entry. Without If-Match the API answers 428; when the action changed since that version, 412 with the current version in the problem (`current`) and its ETag, and nothing is written.")
            .AcceptsJson<ActionEditRequest>()
            .Produces<ActionView>()
            .ProducesProblems(StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);
        group.MapGet("/export.csv", RegisterEndpoints.ExportRegisterCsv).WithName("ExportRegisterCsv")
            .WithSummary("Export the register as CSV")
            .WithDescription("One row per action (UTF-8 with BOM, CRLF, RFC 4180 quoting; cells that a spreadsheet would run as a formula are escaped).")
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv");
        group.MapGet("/export.ics", RegisterEndpoints.ExportRegisterCalendar).WithName("ExportRegisterCalendar")
            .WithSummary("Export the register as iCalendar")
            .WithDescription("One VTODO per action with its due day (RFC 5545; UTF-8, CRLF, folded lines, a stable UID per action so a calendar re-import updates rather than duplicates).")
            .Produces<Stream>(StatusCodes.Status200OK, "text/calendar");
        group.MapGet("/progress/{assessmentId}", RegisterEndpoints.GetProgress).WithName("GetProgress")
            .WithSummary("What we did and what changed")
            .WithDescription("For the actions adopted from the previous closed cycle, the change of each action's item and domain at this cycle with both 95% intervals, the items that moved without an action, and the actions in progress or done whose item did not move. 409 when there is no earlier closed cycle to compare with.")
            .Produces<ProgressView>()
            .ProducesProblems(StatusCodes.Status409Conflict);
        return api;
    }
}
