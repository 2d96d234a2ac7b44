using WellnessAssessment.Validation;

namespace WellnessAssessment.Scoring;

/// <summary>Compares a result with an earlier result of the same instrument id and major version.</summary>
internal static class TrendCalculator
{
    public static TrendResult Compare(AssessmentResult current, AssessmentResult previous)
    {
        EnsureComparable(current, previous);
        var previousSections = previous.Sections?.Where(section => section is not null).ToDictionary(section => section.Id, StringComparer.Ordinal) ?? [];
        var previousDomains = previous.Sections?.Where(section => section?.Domains is not null)
            .SelectMany(section => section.Domains).Where(domain => domain is not null)
            .ToDictionary(domain => domain.Id, StringComparer.Ordinal) ?? [];

        return new TrendResult
        {
            PreviousInstrument = previous.Instrument,
            PreviousRespondents = previous.Respondents,
            Overall = Change("overall", current.Overall.Score, previous.Overall?.Score, null, null),
            Sections =
            [
                .. current.Sections.Select(section => Change(
                    section.Id, section.Score, previousSections.GetValueOrDefault(section.Id)?.Score, null, null)),
            ],
            Domains =
            [
                .. current.Domains().Select(domain =>
                {
                    var then = previousDomains.GetValueOrDefault(domain.Id);
                    return Change(domain.Id, domain.Score, then?.Score, domain.Ci95, then?.Ci95);
                }),
            ],
        };
    }

    private static ScoreChange Change(string id, double? now, double? then, ConfidenceInterval? nowInterval, ConfidenceInterval? thenInterval) =>
        new(id, now, then, now - then, nowInterval is not null && thenInterval is not null ? nowInterval.Overlaps(thenInterval) : null);

    private static void EnsureComparable(AssessmentResult current, AssessmentResult previous)
    {
        if (previous.Instrument is null || previous.Instrument.Id != current.Instrument.Id)
        {
            throw new AssessmentValidationException("previous result", [new ValidationError(
                "instrument.id",
                $"'{previous.Instrument?.Id}' is a different instrument; a trend compares assessments of {current.Instrument.Id}")]);
        }

        if (previous.Instrument.MajorVersion is null || previous.Instrument.MajorVersion != current.Instrument.MajorVersion)
        {
            throw new AssessmentValidationException("previous result", [new ValidationError(
                "instrument.version",
                $"'{previous.Instrument.Version}' has a different major version; a trend compares assessments of {current.Instrument.Id} {current.Instrument.MajorVersion}.x")]);
        }
    }
}
