using System.Text.Json;
using System.Text.Json.Serialization;
using WellnessAssessment.Register;

namespace WellnessAssessment.Api.Register;

/// <summary>The agency's register: today's counts and every action in adoption order.</summary>
/// <param name="Today">The day (UTC) overdue was judged on.</param>
/// <param name="Summary">Counts, for "12 of 20 actions done, 3 overdue".</param>
/// <param name="Actions">Every action.</param>
internal sealed record RegisterView(DateOnly Today, RegisterSummary Summary, IReadOnlyList<ActionView> Actions);

/// <summary>Every editable field of an action (fields left out or null are cleared; <c>status</c> is required).</summary>
internal sealed record ActionEditRequest
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
internal sealed record ProgressView(string AssessmentId, string PreviousAssessmentId, ProgressReport Report);

/// <summary>Source-generated metadata for the register routes' own types.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(RegisterView))]
[JsonSerializable(typeof(ActionEditRequest))]
[JsonSerializable(typeof(ProgressView))]
internal sealed partial class RegisterApiJsonContext : JsonSerializerContext;
