using System.Text.Json;
using System.Text.Json.Nodes;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Instruments;
using WellnessAssessment.Register;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Service.Register;

namespace WellnessAssessment.Api.Register;

/// <summary>
/// The OpenAPI examples of the register routes: real values computed by the core from two example cycles of the first
/// built-in instrument (eight respondents each, the later one higher on two items), serialized by the API's options.
/// </summary>
internal static class RegisterExamples
{
    private const string Earlier = "a-autumn25x8d2";
    private const string Later = "a-spring26q7zt";
    private static readonly DateOnly Adopted = new(2025, 11, 3);

    public static IEnumerable<(Type Type, JsonNode Example)> Create(InstrumentCatalog catalog)
    {
        var instrument = catalog.Instruments[0];
        var scorer = new AssessmentScorer();
        var agency = new AgencyInfo("riverside-pd", "Riverside Police Department");
        var then = scorer.Score(instrument, Cycle(instrument, agency, _ => 1));
        var lifted = then.ActionPlan.Take(2).Select(entry => entry.ItemId).ToHashSet(StringComparer.Ordinal);
        var now = scorer.Score(instrument, Cycle(instrument, agency, item => lifted.Contains(item) ? 3 : 1));
        var adopted = ActionAdoption.Adopt(then, AdoptionSelection.FirstEntries(3), Earlier, Adopted);
        RegisterAction[] actions =
        [
            new ActionEdit { Assignee = "Lt. Maria Diaz", Due = new(2026, 1, 30), Status = ActionStatus.Done, EvidenceLink = "https://intranet.example.org/policies/fto-2026.pdf" }
                .ApplyTo(adopted[0], new(2026, 1, 22)),
            new ActionEdit { Assignee = "Wellness coordinator", Due = new(2026, 2, 27), Status = ActionStatus.InProgress, StatusNote = "Vendor shortlisted" }
                .ApplyTo(adopted[1], new(2025, 12, 8)),
            new ActionEdit { Status = ActionStatus.Dropped, DroppedReason = "Folded into the county's peer-support program" }
                .ApplyTo(adopted[2], new(2025, 12, 15)),
        ];
        var views = actions.Select((action, index) => new ActionView(ActionVersions.EntityTag($"W/\"datetime'2026-01-22T15%3A0{index}%3A00.000Z'\""), false, action)).ToList();
        var today = new DateOnly(2026, 3, 2);

        yield return Node(views[0]);
        yield return Node(new RegisterView(today, RegisterSummary.Of(actions, today), views));
        yield return Node(new AdoptRequest(Earlier, 3, null));
        yield return Node(new AdoptionReceipt(Earlier, [.. adopted.Select((action, index) => views[index] with { Action = action })], []));
        yield return Node(new ActionEditRequest { Assignee = "Lt. Maria Diaz", Due = new(2026, 1, 30), Status = ActionStatus.Done, EvidenceLink = "https://intranet.example.org/policies/fto-2026.pdf" });
        yield return Node(new ProgressView(Later, Earlier, ProgressCalculator.Compute(new ActionRegister { Actions = actions }, then, now)));
    }

    private static ResponseSet Cycle(Instrument instrument, AgencyInfo agency, Func<string, int> low) => new()
    {
        Instrument = instrument.Reference,
        Agency = agency,
        Responses =
        [
            .. Enumerable.Range(0, 8).Select(index => new Response
            {
                RespondentId = $"r{index + 1:00}",
                Group = instrument.Groups[index % instrument.Groups.Count].Id,
                Answers = instrument.Items.ToDictionary(item => item.Id, item => Answer.Level(Math.Min(instrument.Scale.Max, instrument.Scale.Min + low(item.Id) + (index % 2)))),
            }),
        ],
    };

    private static (Type, JsonNode) Node<T>(T value) where T : notnull => (typeof(T), JsonSerializer.SerializeToNode(value, ApiJson.TypeInfo<T>())!);
}
