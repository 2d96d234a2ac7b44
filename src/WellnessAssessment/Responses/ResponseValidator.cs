using System.Collections.Frozen;
using FluentValidation;
using FluentValidation.Results;
using WellnessAssessment.Instruments;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Responses;

/// <summary>
/// Validates one <see cref="Response"/> against an instrument: a respondent id that is no e-mail address, a known group, and answers whose item (or outcome) ids
/// exist, whose values are on the scale, and that say <c>not-applicable</c> only where the item allows it. Failures are
/// located as <c>group</c> or <c>answers["training.fto"]</c>, under the path of the response.
/// </summary>
internal sealed class ResponseValidator : AbstractValidator<Response>
{
    private readonly Instrument _instrument;
    private readonly FrozenDictionary<string, Item> _items;
    private readonly FrozenSet<string> _groups;
    private readonly FrozenDictionary<string, OutcomeItem> _outcomes;

    /// <summary>Creates a validator for responses to <paramref name="instrument"/>, which must itself be valid.</summary>
    /// <param name="instrument">A valid instrument.</param>
    public ResponseValidator(Instrument instrument)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        ArgumentNullException.ThrowIfNull(instrument);
        _instrument = instrument;
        _items = instrument.Items.ToFrozenDictionary(item => item.Id, StringComparer.Ordinal);
        _outcomes = (instrument.Outcomes ?? []).ToFrozenDictionary(outcome => outcome.Id, StringComparer.Ordinal);
        _groups = instrument.Groups.Select(group => group.Id).ToFrozenSet(StringComparer.Ordinal);

        RuleFor(response => response.RespondentId).AtPath("respondentId")
            .NotEmpty().WithMessage(ValidationMessages.Required)
            .MaximumLength(Identifiers.MaxLength).WithMessage($"must be at most {Identifiers.MaxLength} characters")
            .Must(Identifiers.IsOpaqueRespondentId).WithMessage(Identifiers.RespondentIdRule);
        RuleFor(response => response.Group).AtPath("group")
            .NotEmpty().WithMessage(ValidationMessages.Required)
            .Must(_groups.Contains).WithMessage(response =>
                $"'{response.Group}' is not a group of {_instrument.Id} {_instrument.Version}; use one of: {string.Join(", ", _instrument.Groups.Select(group => group.Id))}");
        RuleFor(response => response.Answers).AtPath("answers")
            .NotNull().WithMessage(ValidationMessages.Required);
        RuleFor(response => response).Custom(CheckAnswers);
    }

    private void CheckAnswers(Response response, ValidationContext<Response> context)
    {
        if (response.Answers is not { } answers)
        {
            return;
        }

        string? prefix = null;
        var scale = _instrument.Scale;
        foreach (var (itemId, answer) in answers)
        {
            string? problem;
            if (_outcomes.TryGetValue(itemId, out var outcome))
            {
                var outcomeScale = outcome.Scale;
                problem = answer.Kind switch
                {
                    AnswerKind.Level when !outcomeScale.Contains(answer.Value) => $"{answer.Value} is off the outcome's scale ({outcomeScale.Min}–{outcomeScale.Max})",
                    AnswerKind.NotApplicable => "not-applicable is not an answer to an outcome item; use \"dont-know\" or leave it out",
                    AnswerKind.Unrecognized =>
                        $"{answer.UnrecognizedText} is not an answer: use a whole number from {outcomeScale.Min} to {outcomeScale.Max} or \"dont-know\"",
                    _ => null,
                };
            }
            else if (!_items.TryGetValue(itemId, out var item))
            {
                problem = $"'{itemId}' is not an item{(_outcomes.Count > 0 ? " or outcome" : string.Empty)} of {_instrument.Id} {_instrument.Version}";
            }
            else
            {
                problem = answer.Kind switch
                {
                    AnswerKind.Level when !scale.Contains(answer.Value) => $"{answer.Value} is off the scale ({scale.Min}–{scale.Max})",
                    AnswerKind.NotApplicable when !item.AllowNotApplicable => "not-applicable is not allowed for this item",
                    AnswerKind.Unrecognized =>
                        $"{answer.UnrecognizedText} is not an answer: use a whole number from {scale.Min} to {scale.Max}, \"dont-know\" or \"not-applicable\"",
                    _ => null,
                };
            }

            if (problem is not null)
            {
                prefix ??= context.PropertyPath is { Length: > 0 } path ? path + "." : string.Empty;
                context.AddFailure(new ValidationFailure($"{prefix}answers[\"{itemId}\"]", problem));
            }
        }
    }
}
