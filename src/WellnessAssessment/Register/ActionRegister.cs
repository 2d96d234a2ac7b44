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

    /// <summary>Every problem with the register, each with its JSON path; empty when it is valid.</summary>
    public IReadOnlyList<ValidationError> Validate() => ValidationErrors.From(ActionRegisterValidator.Instance.Validate(this));

    /// <summary>Throws when <see cref="Validate"/> finds a problem.</summary>
    /// <exception cref="AssessmentValidationException">The register is invalid (subject <c>action register</c>).</exception>
    public void EnsureValid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new AssessmentValidationException(ActionRegisterValidator.Subject, errors);
        }
    }
}
