using System.Globalization;
using WellnessAssessment.Instruments;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Reports.Model;

/// <summary>Formats the result's outcome items and association view; the figures and the caution come from the core.</summary>
internal static class OutcomeModelBuilder
{
    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    public static OutcomeSection? Section(AssessmentResult result, Instrument instrument, InstrumentPresentation presentation)
    {
        if (result.Outcomes is not { Count: > 0 } outcomes)
        {
            return null;
        }

        var domainTitles = instrument.Domains.ToDictionary(d => d.Id, d => presentation.ShortTitle(d.Id, d.Title), StringComparer.Ordinal);
        var outcomeTexts = outcomes.ToDictionary(o => o.Id, o => o.Text, StringComparer.Ordinal);
        var rows = outcomes.Select(o => new OutcomeRow(
            o.Text,
            ReportModelBuilder.Score(o.Score),
            o.Score is null ? "—" : o.N.ToString(Us),
            o.DontKnowRate is { } rate ? rate.ToString("0%", Us) : "—")).ToList();
        var view = result.Associations;
        var published = view?.Entries.Where(e => e.Status == AssociationStatus.Published).ToList() ?? [];
        var associations = published
            .Select(e => new AssociationRow(
                domainTitles.GetValueOrDefault(e.DomainId, e.DomainId),
                outcomeTexts.GetValueOrDefault(e.OutcomeId, e.OutcomeId),
                R(e.R!.Value),
                $"{R(e.Ci95!.Low)} to {R(e.Ci95.High)}",
                e.N!.Value.ToString(Us)))
            .ToList();
        var minimum = view?.MinimumPairs ?? AssociationView.MinimumPairCount;
        string? intro = view?.Status switch
        {
            AssociationViewStatus.NotAnAnonymousSurvey => "Not computed: this is a leadership self-assessment of a few named people, not an anonymous survey.",
            _ => $"How each area's score moves with each outcome across respondents (Pearson's r, from -1 to 1), where at least {minimum.ToString(Us)} respondents answered both.",
        };
        var withheld = view?.Entries.Count(e => e.Status != AssociationStatus.Published) ?? 0;
        string? notShown = view?.Status == AssociationViewStatus.Computed && withheld > 0
            ? $"{withheld.ToString(Us)} of {view.Entries.Count.ToString(Us)} area and outcome pairs are not shown: fewer than {minimum.ToString(Us)} respondents answered both, an answer did not vary, or a figure is withheld to protect anonymity."
            : null;
        return new OutcomeSection(
            "What the practices are for: each outcome statement's mean agreement (0 = strongly disagree, 100 = strongly agree). Outcomes are not counted in any area, section or overall score.",
            rows,
            "What moves with what",
            intro,
            view?.Caution ?? AssociationView.CautionText,
            associations,
            notShown);
    }

    private static string R(double value) => value.ToString("+0.00;-0.00;0.00", Us);
}
