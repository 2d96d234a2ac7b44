using WellnessAssessment.Instruments;
using WellnessAssessment.Register;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Reports.Tests;

/// <summary>
/// Two cycles of Safer Together 1.0.0 (ten line officers, five at level 1 and five at 2 on every item); at the second,
/// the first two adopted practices and one practice nobody acted on rise by two levels. Four actions were adopted from
/// the first plan: two done, one dropped, one planned; two from the second plan are assigned.
/// </summary>
internal static class RegisterScenario
{
    public static Instrument Instrument => ReportScenarios.SaferTogether;

    public static AssessmentResult Earlier { get; } = new AssessmentScorer().Score(Instrument, Cycle(_ => 1));

    public static IReadOnlyList<RegisterAction> Adopted { get; } = ActionAdoption.Adopt(Earlier, AdoptionSelection.FirstEntries(4), "a-cycle1", new(2025, 11, 3));

    public static string Unadopted { get; } = Earlier.ActionPlan[10].ItemId;

    public static AssessmentResult Later { get; } = new AssessmentScorer().Score(
        Instrument, Cycle(item => item == Adopted[0].ItemId || item == Adopted[1].ItemId || item == Unadopted ? 3 : 1), Earlier);

    public static ActionTracking Tracking()
    {
        var earlierActions = new[]
        {
            new ActionEdit { Assignee = "Lt. Diaz", Due = new(2026, 1, 30), Status = ActionStatus.Done }.ApplyTo(Adopted[0], new(2026, 1, 22)),
            new ActionEdit { Assignee = "Sgt. Okafor", Status = ActionStatus.Done }.ApplyTo(Adopted[1], new(2026, 2, 10)),
            new ActionEdit { Status = ActionStatus.Dropped, DroppedReason = "Folded into the county program" }.ApplyTo(Adopted[2], new(2025, 12, 1)),
            Adopted[3],
        };
        var progress = ProgressCalculator.Compute(new ActionRegister { Actions = earlierActions }, Earlier, Later);
        var current = ActionAdoption.Adopt(Later, AdoptionSelection.FirstEntries(2), "a-cycle2", new(2026, 5, 4));
        var register = new ActionRegister
        {
            Actions =
            [
                new ActionEdit { Assignee = "Chief Romero", Due = new(2026, 8, 31), Status = ActionStatus.InProgress }.ApplyTo(current[0], new(2026, 5, 6)),
                current[1],
            ],
        };
        return new ActionTracking(register, progress);
    }

    private static ResponseSet Cycle(Func<string, int> low) => new()
    {
        Instrument = Instrument.Reference,
        Agency = new AgencyInfo("riverside-pd", "Riverside Police Department"),
        Responses =
        [
            .. Enumerable.Range(0, 10).Select(r => new Response
            {
                RespondentId = $"r{r}",
                Group = "line-officer",
                Answers = Instrument.Items.ToDictionary(item => item.Id, item => Answer.Level(low(item.Id) + (r < 5 ? 0 : 1))),
            }),
        ],
    };
}
