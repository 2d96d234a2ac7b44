using WellnessAssessment.Instruments;
using WellnessAssessment.Register;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Tests.Fixtures;

/// <summary>
/// Two cycles of the small instrument, ten officers each, five answering one level and five the next, so every item
/// has an interval. Earlier: every item 1/2 (score 37.5). Later: d1.a 3/4 (87.5, improved), d2.c 0/1 (12.5, declined),
/// d3.e 3/4 (87.5, improved), every other item unchanged. The register acts on d1.a (done), d1.b (done, did not move),
/// d2.c (dropped) and d3.f (planned).
/// </summary>
internal static class TwoCycles
{
    public static readonly Instrument Instrument = SmallInstrument.Create();

    public static readonly DateOnly Adopted = new(2026, 1, 12);

    public static AssessmentResult Earlier { get; } = new AssessmentScorer().Score(Instrument, Cycle(_ => 1));

    public static AssessmentResult Later { get; } = new AssessmentScorer().Score(Instrument, Cycle(item => item switch
    {
        "d1.a" or "d3.e" => 3,
        "d2.c" => 0,
        _ => 1,
    }));

    public static ActionRegister Register()
    {
        var adopted = ActionAdoption.Adopt(Earlier, AdoptionSelection.Items(["d1.a", "d1.b", "d2.c", "d3.f"]), "a-cycle1", Adopted);
        var byItem = adopted.ToDictionary(action => action.ItemId);
        return new ActionRegister
        {
            Agency = new AgencyInfo("test-pd", "Test Police Department"),
            Actions =
            [
                new ActionEdit { Assignee = "Lt. Diaz", Due = new(2026, 3, 31), Status = ActionStatus.Done, EvidenceLink = "https://example.org/fto-policy" }
                    .ApplyTo(byItem["d1.a"], new(2026, 3, 2)),
                new ActionEdit { Assignee = "Sgt. Okafor", Due = new(2026, 4, 30), Status = ActionStatus.Done }.ApplyTo(byItem["d1.b"], new(2026, 4, 20)),
                new ActionEdit { Status = ActionStatus.Dropped, DroppedReason = "No budget this year" }.ApplyTo(byItem["d2.c"], new(2026, 2, 1)),
                byItem["d3.f"],
            ],
        };
    }

    /// <summary>Ten officers: five answer <c>low(item)</c> and five <c>low(item) + 1</c> on every item.</summary>
    private static ResponseSet Cycle(Func<string, int> low) => ResponseSets.For(
        Instrument,
        [
            .. Enumerable.Range(0, 10).Select(r => ("officer",
                Instrument.Items.ToDictionary(item => item.Id, item => (Answer)(low(item.Id) + (r < 5 ? 0 : 1))))),
        ]);
}
