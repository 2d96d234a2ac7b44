using FluentValidation;
using FluentValidation.Results;
using WellnessAssessment.Instruments;
using WellnessAssessment.Profiles;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Responses;

/// <summary>
/// Validates a <see cref="ResponseSet"/> against the instrument it will be scored with: the instrument reference must
/// name that instrument and version, every response must pass <see cref="ResponseValidator"/>, and respondent ids must
/// be unique. Failures are located as <c>responses[3].answers["training.fto"]</c>.
/// </summary>
internal sealed class ResponseSetValidator : AbstractValidator<ResponseSet>
{
    /// <summary>Creates a validator for response sets to <paramref name="instrument"/>, which must itself be valid.</summary>
    /// <param name="instrument">A valid instrument.</param>
    public ResponseSetValidator(Instrument instrument)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        ArgumentNullException.ThrowIfNull(instrument);

        RuleFor(set => set.Instrument).AtPath("instrument")
            .NotNull().WithMessage(ValidationMessages.Required);
        RuleFor(set => set.Instrument.Id).AtPath("instrument.id")
            .Equal(instrument.Id).WithMessage(set => set.Instrument.Id is null or ""
                ? ValidationMessages.Required
                : $"'{set.Instrument.Id}' does not match the instrument being scored ('{instrument.Id}')")
            .When(set => set.Instrument is not null);
        RuleFor(set => set.Instrument.Version).AtPath("instrument.version")
            .Equal(instrument.Version).WithMessage(set => set.Instrument.Version is null or ""
                ? ValidationMessages.Required
                : $"'{set.Instrument.Version}' does not match the version being scored ('{instrument.Version}')")
            .When(set => set.Instrument is not null && set.Instrument.Id == instrument.Id);
        RuleFor(set => set.Agency!.Id).AtPath("agency.id")
            .NotEmpty().WithMessage(ValidationMessages.Required)
            .When(set => set.Agency is not null);
        RuleFor(set => set.Agency!.Name).AtPath("agency.name")
            .NotEmpty().WithMessage(ValidationMessages.Required)
            .When(set => set.Agency is not null);
        RuleFor(set => set.Agency!.Profile!.Size).AtPath("agency.profile.size")
            .Must(size => size is null || Enum.IsDefined(size.Value)).WithMessage(ProfileValidation.UnknownValue)
            .When(set => set.Agency?.Profile is not null);
        RuleFor(set => set.Agency!.Profile!.Dispatch).AtPath("agency.profile.dispatch")
            .Must(dispatch => dispatch is null || Enum.IsDefined(dispatch.Value)).WithMessage(ProfileValidation.UnknownValue)
            .When(set => set.Agency?.Profile is not null);
        RuleFor(set => set.Agency!.Profile!.EmployeeAssistance).AtPath("agency.profile.employeeAssistance")
            .Must(assistance => assistance is null || Enum.IsDefined(assistance.Value)).WithMessage(ProfileValidation.UnknownValue)
            .When(set => set.Agency?.Profile is not null);
        RuleFor(set => set.Responses).AtPath("responses")
            .NotNull().WithMessage(ValidationMessages.Required);
        RuleForEach(set => set.Responses).AtPath("responses")
            .Cascade(CascadeMode.Continue)
            .NotNull().WithMessage(ValidationMessages.Required)
            .SetValidator(new ResponseValidator(instrument));
        RuleFor(set => set.Responses).Custom(ReportDuplicateRespondents);
    }

    private static void ReportDuplicateRespondents(IReadOnlyList<Response>? responses, ValidationContext<ResponseSet> context)
    {
        if (responses is null)
        {
            return;
        }

        var firstIndex = new Dictionary<string, int>(responses.Count, StringComparer.Ordinal);
        for (var r = 0; r < responses.Count; r++)
        {
            if (responses[r]?.RespondentId is { Length: > 0 } id && !firstIndex.TryAdd(id, r))
            {
                context.AddFailure(new ValidationFailure($"responses[{r}].respondentId", $"'{id}' is already the respondent id of responses[{firstIndex[id]}]"));
            }
        }
    }
}
