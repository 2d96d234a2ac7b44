using FluentValidation;
using WellnessAssessment.Register;

namespace WellnessAssessment.Validation;

/// <summary>Validates an <see cref="ActionEdit"/>: lengths, a known status, a reason exactly when dropped, an http(s) evidence link.</summary>
internal sealed class ActionEditValidator : AbstractValidator<ActionEdit>
{
    public const string Subject = "action edit";

    public ActionEditValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        ActionFieldRules.AddEditableRules(this, e => e.Assignee, e => e.Status, e => e.DroppedReason, e => e.Notes, e => e.EvidenceLink);
        RuleFor(e => e.StatusNote).AtPath("statusNote")
            .MaximumLength(ActionFieldRules.MaxReasonLength).WithMessage(ActionFieldRules.TooLong(ActionFieldRules.MaxReasonLength));
    }
}
