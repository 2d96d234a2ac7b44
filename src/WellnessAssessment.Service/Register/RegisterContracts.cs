using WellnessAssessment.Register;

namespace WellnessAssessment.Service.Register;

/// <summary>One action as the API shows it: the action (register contract), its version (also the ETag) and whether it is overdue today.</summary>
/// <param name="Version">The action's version; send it back in <c>If-Match</c> to edit.</param>
/// <param name="Overdue">Due before today (UTC) and neither done nor dropped.</param>
/// <param name="Action">The action.</param>
public sealed record ActionView(string Version, bool Overdue, RegisterAction Action);

/// <summary>Which plan entries of a closed cycle to adopt: all (neither field), the first <c>top</c>, or the chosen <c>itemIds</c>.</summary>
/// <param name="AssessmentId">The closed cycle; the agency's latest closed cycle when left out.</param>
/// <param name="Top">How many entries from the top of the plan (1–500).</param>
/// <param name="ItemIds">The chosen items.</param>
public sealed record AdoptRequest(string? AssessmentId, int? Top, IReadOnlyList<string>? ItemIds);

/// <summary>What an adoption did.</summary>
/// <param name="AssessmentId">The cycle adopted from.</param>
/// <param name="Adopted">The actions added.</param>
/// <param name="AlreadyInRegister">Ids of selected actions the register already held (left unchanged).</param>
public sealed record AdoptionReceipt(string AssessmentId, IReadOnlyList<ActionView> Adopted, IReadOnlyList<string> AlreadyInRegister);

/// <summary>One action of an agency's register, as a caller asks for it.</summary>
/// <param name="AgencyId">The agency (the route's).</param>
/// <param name="ActionId">The action (the route's; any text, checked by the service).</param>
/// <param name="Caller">Who asks.</param>
public sealed record ActionRequest(string AgencyId, string ActionId, WellnessAssessment.Service.Access.Caller Caller);

/// <summary>The agency's register: today's counts and every action in register order.</summary>
/// <param name="Today">The day (UTC) overdue was judged on.</param>
/// <param name="Summary">Counts, for "12 of 20 actions done, 3 overdue".</param>
/// <param name="Actions">Every action.</param>
public sealed record RegisterView(DateOnly Today, RegisterSummary Summary, IReadOnlyList<ActionView> Actions);

/// <summary>Every editable field of an action (fields left out or null are cleared; <c>status</c> is required).</summary>
public sealed record ActionEditRequest
{
    /// <summary>Who does it.</summary>
    public string? Assignee { get; init; }

    /// <summary>The due day, <c>yyyy-MM-dd</c>.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>planned, in-progress, done or dropped.</summary>
    public ActionStatus? Status { get; init; }

    /// <summary>Why it was dropped (required with dropped).</summary>
    public string? DroppedReason { get; init; }

    /// <summary>Notes.</summary>
    public string? Notes { get; init; }

    /// <summary>An http(s) link to evidence.</summary>
    public string? EvidenceLink { get; init; }

    /// <summary>A note for the history entry when the status changes.</summary>
    public string? StatusNote { get; init; }
}

/// <summary>The progress of the actions adopted from the previous closed cycle, measured at this cycle.</summary>
/// <param name="AssessmentId">The later cycle.</param>
/// <param name="PreviousAssessmentId">The earlier (closed) cycle the actions came from.</param>
/// <param name="Report">What the core computed.</param>
public sealed record ProgressView(string AssessmentId, string PreviousAssessmentId, ProgressReport Report);

/// <summary>The register as a table for a CSV export: the file name, the column names and one row of cells per action.</summary>
/// <param name="FileName">The download's file name (<c>{agencyId}-actions.csv</c>).</param>
/// <param name="Columns">The header row.</param>
/// <param name="Rows">One row per action, in register order; a cell is <see langword="null"/> when empty.</param>
public sealed record RegisterTable(string FileName, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows);

/// <summary>The register as to-dos for a calendar export.</summary>
/// <param name="FileName">The download's file name (<c>{agencyId}-actions.ics</c>).</param>
/// <param name="CalendarName">The calendar's display name (<c>{agency name}: action register</c>).</param>
/// <param name="Stamp">When the export was made (every to-do's DTSTAMP).</param>
/// <param name="Todos">One to-do per action, in register order.</param>
public sealed record RegisterCalendar(string FileName, string CalendarName, DateTimeOffset Stamp, IReadOnlyList<RegisterTodo> Todos);

/// <summary>One action as a calendar to-do.</summary>
/// <param name="Uid">Stable across exports (<c>{actionId}@{agencyId}.wellness-assessment</c>), so a re-import updates instead of duplicating.</param>
/// <param name="Summary">The recommendation.</param>
/// <param name="Description">Item, owner, assignee, status (and why dropped), notes; lines separated by <c>\n</c>.</param>
/// <param name="Status">The register status (the writer names it in its format).</param>
/// <param name="Due">The due day, if any (an all-day date).</param>
/// <param name="Completed">When a done action was done: noon UTC of the day of its last change to done (the register keeps days); otherwise <see langword="null"/>.</param>
/// <param name="Url">The evidence link when it is an absolute URI; otherwise <see langword="null"/>.</param>
public sealed record RegisterTodo(string Uid, string Summary, string Description, ActionStatus Status, DateOnly? Due, DateTimeOffset? Completed, Uri? Url);
