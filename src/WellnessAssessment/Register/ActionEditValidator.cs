using FluentValidation;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Register;

/// <summary>Validates an <see cref="ActionEdit"/>: lengths, a known status, a reason exactly when dropped, an http(s) evidence link.</summary>
internal sealed class ActionEditValidator : AbstractValidator<ActionEdit>
{
    public const string Subject = "action edit";

    /// <summary>One shared instance: building a validator compiles its rules, and a built one is immutable and thread-safe.</summary>
    public static ActionEditValidator Instance { get; } = new();

    public ActionEditValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        ActionFieldRules.AddEditableRules(this, e => e.Assignee, e => e.Status, e => e.DroppedReason, e => e.Notes, e => e.EvidenceLink);
        RuleFor(e => e.StatusNote).AtPath("statusNote")
            .MaximumLength(ActionFieldRules.MaxReasonLength).WithMessage(ActionFieldRules.TooLong(ActionFieldRules.MaxReasonLength));
    }
}
