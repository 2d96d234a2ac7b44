using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using WellnessAssessment.Instruments;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Benchmarks;

/// <summary>
/// A realistic 2.x response set as <c>wellness import … --agency-name … --size …</c> writes it: 10,000 respondents on
/// safer-together 2.0.0, with the agency block and its profile. The reference is
/// <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> of the same bytes (goal: within 2×).
/// </summary>
[MemoryDiagnoser]
public class RealInputBenchmarks
{
    private byte[] _json = [];

    [Params(10_000)]
    public int Respondents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var instrument = InstrumentCatalog.BuiltIn.FindCompiled("safer-together", "2.0.0")!.Instrument;
        var set = ExampleResponseSets.Large(instrument, Respondents) with
        {
            Agency = new AgencyInfo("large-so", "Large County Sheriff's Office")
            {
                Profile = new AgencyProfile
                {
                    Size = AgencySize.From250,
                    OwnAcademy = true,
                    Dispatch = DispatchArrangement.Own,
                    EmployeeAssistance = EmployeeAssistanceArrangement.CityOrCounty,
                    UnionOrAssociation = true,
                },
            },
        };
        _json = Encoding.UTF8.GetBytes(WellnessJson.Serialize(set, indented: true));
        if (ResponseSetReader.TryRead(_json) is null)
        {
            throw new InvalidOperationException("The realistic set does not take the fast path; the figure would measure the fallback.");
        }

        Console.WriteLine($"// Realistic 2.0.0 set of {Respondents:N0} respondents with its agency profile: {_json.Length:N0} bytes of JSON");
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse of a realistic 2.0.0 set (agency profile)")]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_json);
        return document.RootElement.GetPropertyCount();
    }

    [Benchmark(Description = "Parse a realistic 2.0.0 set (agency profile)")]
    public ResponseSet Parse() => WellnessJson.ReadResponseSet(new MemoryStream(_json, 0, _json.Length, writable: false, publiclyVisible: true));
}
