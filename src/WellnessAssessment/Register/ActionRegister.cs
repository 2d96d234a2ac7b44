using WellnessAssessment.Responses;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Register;

/// <summary>An agency's register of adopted actions: the plan turned into work that is tracked to done.</summary>
public sealed record ActionRegister
{
    /// <summary>The agency, when the register names one.</summary>
    public AgencyInfo? Agency { get; init; }

    /// <summary>The actions, in the order they were adopted.</summary>
    public required IReadOnlyList<RegisterAction> Actions { get; init; }

    /// <summary>
    /// Checks the register: every problem, each with its JSON path (subject <c>action register</c>); call
    /// <see cref="ValidationOutcome.ThrowIfInvalid"/> on the outcome to stop at an invalid register.
    /// </summary>
    public ValidationOutcome Validate() => new(ActionRegisterValidator.Subject, ValidationErrors.From(ActionRegisterValidator.Instance.Validate(this)));
}
