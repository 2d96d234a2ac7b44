using FluentValidation;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Register;

/// <summary>The rules the editable fields of an action follow, shared by the register and the edit validators.</summary>
internal static class ActionFieldRules
{
    public const int MaxAssigneeLength = 200;
    public const int MaxNotesLength = 4000;
    public const int MaxReasonLength = 1000;
    public const int MaxLinkLength = 2000;
    public const string UnknownStatus = "must be one of planned, in-progress, done, dropped";
    public const string ReasonRequired = "is required when the status is dropped: say why the action was given up";
    public const string ReasonOnlyWhenDropped = "must be empty unless the status is dropped";
    public const string LinkRule = "must be an absolute http or https address of at most 2000 characters";

    public static string TooLong(int max) => $"must be at most {max} characters";

    public static bool IsLink(string? link) =>
        link is null || (link.Length <= MaxLinkLength
            && Uri.TryCreate(link, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));

    public static void AddEditableRules<T>(
        AbstractValidator<T> validator,
        Func<T, string?> assignee,
        Func<T, ActionStatus> status,
        Func<T, string?> droppedReason,
        Func<T, string?> notes,
        Func<T, string?> evidenceLink)
    {
        validator.RuleFor(x => assignee(x)).AtPath("assignee")
            .MaximumLength(MaxAssigneeLength).WithMessage(TooLong(MaxAssigneeLength));
        validator.RuleFor(x => status(x)).AtPath("status")
            .Must(value => Enum.IsDefined(value)).WithMessage(UnknownStatus);
        validator.RuleFor(x => droppedReason(x)).AtPath("droppedReason")
            .Must(reason => !string.IsNullOrWhiteSpace(reason)).WithMessage(ReasonRequired)
            .MaximumLength(MaxReasonLength).WithMessage(TooLong(MaxReasonLength))
            .When(x => status(x) == ActionStatus.Dropped);
        validator.RuleFor(x => droppedReason(x)).AtPath("droppedReason")
            .Must(string.IsNullOrWhiteSpace).WithMessage(ReasonOnlyWhenDropped)
            .When(x => status(x) != ActionStatus.Dropped);
        validator.RuleFor(x => notes(x)).AtPath("notes")
            .MaximumLength(MaxNotesLength).WithMessage(TooLong(MaxNotesLength));
        validator.RuleFor(x => evidenceLink(x)).AtPath("evidenceLink")
            .Must(IsLink).WithMessage(LinkRule);
    }
}
