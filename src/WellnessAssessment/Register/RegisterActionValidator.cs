using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Register;

/// <summary>
/// Validates one <see cref="RegisterAction"/>: ids, the adopted fields, the editable fields, and a history that is in
/// date order and ends in the current status.
/// </summary>
internal sealed partial class RegisterActionValidator : AbstractValidator<RegisterAction>
{
    /// <summary>The longest action id: a cycle id, a dot and an item id.</summary>
    public const int MaxIdLength = (2 * Identifiers.MaxLength) + 1;
    public const int MaxRecommendationLength = 4000;
    public const string IdRule = "must start with a letter or digit and contain only letters, digits, '.', '-' and '_' (at most 201 characters)";

    public RegisterActionValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(action => action.Id).AtPath("id")
            .NotEmpty().WithMessage(ValidationMessages.Required)
            .Must(id => id.Length <= MaxIdLength && IdPattern().IsMatch(id)).WithMessage(IdRule);
        RuleFor(action => action.SourceCycle).AtPath("sourceCycle")
            .Must(Identifiers.IsValid).WithMessage(Identifiers.Rule)
            .When(action => action.SourceCycle is not null);
        RuleFor(action => action.ItemId).AtPath("itemId")
            .NotEmpty().WithMessage(ValidationMessages.Required)
            .Must(Identifiers.IsValid).WithMessage(Identifiers.Rule);
        RuleFor(action => action.DomainId).AtPath("domainId")
            .NotEmpty().WithMessage(ValidationMessages.Required)
            .Must(Identifiers.IsValid).WithMessage(Identifiers.Rule);
        RuleFor(action => action.Level).AtPath("level")
            .GreaterThanOrEqualTo(0).WithMessage("must be 0 or more");
        RuleFor(action => action.Recommendation).AtPath("recommendation")
            .NotEmpty().WithMessage(ValidationMessages.Required)
            .MaximumLength(MaxRecommendationLength).WithMessage(ActionFieldRules.TooLong(MaxRecommendationLength));
        RuleFor(action => action.Owner).AtPath("owner")
            .NotEmpty().WithMessage(ValidationMessages.Required)
            .MaximumLength(ActionFieldRules.MaxAssigneeLength).WithMessage(ActionFieldRules.TooLong(ActionFieldRules.MaxAssigneeLength));
        ActionFieldRules.AddEditableRules(this, a => a.Assignee, a => a.Status, a => a.DroppedReason, a => a.Notes, a => a.EvidenceLink);
        RuleFor(action => action.History).AtPath("history")
            .NotNull().WithMessage(ValidationMessages.Required);
        RuleForEach(action => action.History).AtPath("history")
            .Cascade(CascadeMode.Continue)
            .NotNull().WithMessage(ValidationMessages.Required)
            .SetValidator(new StatusChangeValidator());
        RuleFor(action => action).Custom(CheckHistoryOrder).When(action => action.History is not null);
    }

    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9._-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    private static void CheckHistoryOrder(RegisterAction action, ValidationContext<RegisterAction> context)
    {
        var prefix = context.PropertyPath is { Length: > 0 } path ? path + "." : string.Empty;
        var history = action.History;
        for (var i = 1; i < history.Count; i++)
        {
            if (history[i] is not null && history[i - 1] is not null && history[i].Date < history[i - 1].Date)
            {
                context.AddFailure(new ValidationFailure($"{prefix}history[{i}].date", $"{history[i].Date:yyyy-MM-dd} is before the entry above it ({history[i - 1].Date:yyyy-MM-dd}); history runs oldest first"));
            }
        }

        if (history.Count > 0 && history[^1] is { } last && last.Status != action.Status)
        {
            context.AddFailure(new ValidationFailure($"{prefix}status", $"'{StatusName(action.Status)}' must match the last history entry ('{StatusName(last.Status)}')"));
        }
    }

    public static string StatusName(ActionStatus status) => status switch
    {
        ActionStatus.Planned => "planned",
        ActionStatus.InProgress => "in-progress",
        ActionStatus.Done => "done",
        ActionStatus.Dropped => "dropped",
        _ => status.ToString(),
    };
}
