using BenchmarkDotNet.Attributes;
using WellnessAssessment.Instruments;
using WellnessAssessment.Register;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Benchmarks;

/// <summary>
/// The progress of a 200-action register between two scored cycles of the built-in instrument (300 respondents each):
/// what <c>GET …/register/progress/{cycle}</c> and <c>wellness progress</c> compute after scoring. The goal is under
/// 5 ms; the reference is scoring the later cycle, which the same request does first.
/// </summary>
[MemoryDiagnoser]
public class RegisterProgressBenchmarks
{
    private CompiledInstrument _compiled = null!;
    private ResponseSet _laterResponses = null!;
    private AssessmentResult _earlier = null!;
    private AssessmentResult _later = null!;
    private ActionRegister _register = null!;
    private readonly AssessmentScorer _scorer = new();

    [GlobalSetup]
    public void Setup()
    {
        _compiled = InstrumentCatalog.BuiltIn.FindCompiled("safer-together", "1.0.0")!;
        var instrument = _compiled.Instrument;
        _earlier = _scorer.Score(_compiled, Cycle(instrument, shift: 0));
        _laterResponses = Cycle(instrument, shift: 1);
        _later = _scorer.Score(_compiled, _laterResponses);
        var statuses = Enum.GetValues<ActionStatus>();
        var items = instrument.Items.ToList();
        _register = new ActionRegister
        {
            Actions =
            [
                .. Enumerable.Range(0, 200).Select(index =>
                {
                    var item = items[index % items.Count];
                    var status = statuses[index % statuses.Length];
                    return new RegisterAction
                    {
                        Id = $"a-cycle{index / items.Count}.{item.Id}",
                        SourceCycle = $"a-cycle{index / items.Count}",
                        ItemId = item.Id,
                        DomainId = instrument.Domains.First(domain => domain.Items.Contains(item)).Id,
                        Level = 1,
                        Recommendation = item.Recommendations[1].Action,
                        Owner = item.Recommendations[1].Owner,
                        Assignee = "Lt. Diaz",
                        Due = new DateOnly(2026, 3, 31),
                        Status = status,
                        DroppedReason = status == ActionStatus.Dropped ? "No budget this year" : null,
                        History = [new StatusChange(ActionStatus.Planned, new(2025, 11, 3)), new StatusChange(status, new(2026, 1, 20))],
                    };
                }),
            ],
        };
        Console.WriteLine($"// Register: {_register.Actions.Count} actions over {items.Count} items; {_earlier.Respondents} and {_later.Respondents} respondents");
    }

    [Benchmark(Baseline = true, Description = "Score the later cycle (300 respondents)")]
    public AssessmentResult ScoreLater() => _scorer.Score(_compiled, _laterResponses);

    [Benchmark(Description = "Progress of a 200-action register (validation included)")]
    public ProgressReport Progress() => ProgressCalculator.Compute(_register, _earlier, _later);

    [Benchmark(Description = "Validate a 200-action register (FluentValidation)")]
    public int Validate() => _register.Validate().Count;

    [Benchmark(Description = "Dashboard summary of a 200-action register")]
    public RegisterSummary Summary() => RegisterSummary.Of(_register.Actions, new DateOnly(2026, 3, 2));

    private static ResponseSet Cycle(Instrument instrument, int shift) => new()
    {
        Instrument = instrument.Reference,
        Agency = new AgencyInfo("riverside-pd", "Riverside Police Department"),
        Responses =
        [
            .. Enumerable.Range(0, 300).Select(r => new Response
            {
                RespondentId = $"r{r:000}",
                Group = instrument.Groups[r % instrument.Groups.Count].Id,
                Answers = instrument.Items.Select((item, i) => (item.Id, Level: Math.Min(instrument.Scale.Max, instrument.Scale.Min + ((r + i) % 3) + (i % 4 == 0 ? shift : 0))))
                    .ToDictionary(pair => pair.Id, pair => Answer.Level(pair.Level)),
            }),
        ],
    };
}
