using BenchmarkDotNet.Attributes;
using WellnessAssessment.Norms;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Testing.Peers;

namespace WellnessAssessment.Benchmarks;

/// <summary>
/// Peer norms from 1,000 agencies' results of the built-in instrument (generated, seeded; 250 up to 10 sworn, 400 of
/// 11–49, 250 of 50–249, 100 of 250 or more): building the norms (goal: under 200 ms), and comparing one agency with
/// them. The reference is scoring one of those agencies.
/// </summary>
[MemoryDiagnoser]
public class NormsBenchmarks
{
    private IReadOnlyList<AssessmentResult> _results = [];
    private AssessmentResult _agency = null!;
    private PeerNorms _norms = null!;
    private Responses.ResponseSet _oneAgency = null!;
    private CompiledInstrument _compiled = null!;
    private readonly AssessmentScorer _scorer = new();
    private readonly PeerNormsBuilder _builder = new();

    [Params(1000)]
    public int Agencies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sizes = GeneratedAgencies.Sizes(Agencies / 4, Agencies * 2 / 5, Agencies / 4, Agencies / 10);
        _results = GeneratedAgencies.Results(seed: 1340, sizes);
        _oneAgency = GeneratedAgencies.ResponseSets(seed: 1341, [Profiles.AgencySize.From11To49], firstNumber: Agencies + 1)[0];
        _compiled = Instruments.InstrumentCatalog.BuiltIn.ResolveCompiled(_oneAgency.Instrument);
        _agency = _scorer.Score(_compiled, _oneAgency);
        _norms = _builder.Build(_results);
        Console.WriteLine($"// {_results.Count} agencies: {_norms.Cells.Count} cells, {_norms.Cells.Count(c => !c.Withheld)} published");
    }

    [Benchmark(Baseline = true, Description = "Score one agency (reference)")]
    public AssessmentResult ScoreOneAgency() => _scorer.Score(_compiled, _oneAgency);

    [Benchmark(Description = "Build norms from the agencies' results")]
    public PeerNorms BuildNorms() => _builder.Build(_results);

    [Benchmark(Description = "Compare one agency with the norms")]
    public PeerComparison Compare() => PeerComparer.Compare(_agency, _norms);
}
