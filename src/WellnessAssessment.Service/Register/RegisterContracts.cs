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
