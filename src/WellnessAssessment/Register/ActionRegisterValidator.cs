using FluentValidation;
using FluentValidation.Results;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Register;

/// <summary>Validates an <see cref="ActionRegister"/>: every action valid, action ids unique, at most <see cref="MaxActions"/> actions.</summary>
internal sealed class ActionRegisterValidator : AbstractValidator<ActionRegister>
{
    public const string Subject = "action register";
    public const int MaxActions = 2000;

    /// <summary>One shared instance: building a validator compiles its rules, and a built one is immutable and thread-safe.</summary>
    public static ActionRegisterValidator Instance { get; } = new();

    public ActionRegisterValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(register => register.Agency!.Id).AtPath("agency.id")
            .NotEmpty().WithMessage(ValidationMessages.Required)
            .When(register => register.Agency is not null);
        RuleFor(register => register.Agency!.Name).AtPath("agency.name")
            .NotEmpty().WithMessage(ValidationMessages.Required)
            .When(register => register.Agency is not null);
        RuleFor(register => register.Actions).AtPath("actions")
            .NotNull().WithMessage(ValidationMessages.Required)
            .Must(actions => actions.Count <= MaxActions).WithMessage($"must hold at most {MaxActions} actions");
        RuleForEach(register => register.Actions).AtPath("actions")
            .Cascade(CascadeMode.Continue)
            .NotNull().WithMessage(ValidationMessages.Required)
            .SetValidator(new RegisterActionValidator());
        RuleFor(register => register.Actions).Custom(ReportDuplicateIds).When(register => register.Actions is not null);
    }

    private static void ReportDuplicateIds(IReadOnlyList<RegisterAction> actions, ValidationContext<ActionRegister> context)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < actions.Count; i++)
        {
            if (actions[i]?.Id is { Length: > 0 } id && !first.TryAdd(id, i))
            {
                context.AddFailure(new ValidationFailure($"actions[{i}].id", $"'{id}' is already the id of actions[{first[id]}]"));
            }
        }
    }
}
