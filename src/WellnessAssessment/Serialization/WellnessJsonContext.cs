using System.Text.Json;
using System.Text.Json.Serialization;
using WellnessAssessment.Instruments;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Serialization;

/// <summary>
/// The source-generated System.Text.Json metadata for the library's wire formats (camelCase, nulls written).
/// Internal: callers go through <see cref="WellnessJson"/>, which adds the reading rules; a host that must chain the
/// metadata into its own options uses <see cref="WellnessJson.Options"/>'s <c>TypeInfoResolver</c>.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = false)]
[JsonSerializable(typeof(Instrument))]
[JsonSerializable(typeof(ResponseSet))]
[JsonSerializable(typeof(Response))]
[JsonSerializable(typeof(AssessmentResult))]
[JsonSerializable(typeof(ScoringOptions))]
[JsonSerializable(typeof(InstrumentCrosswalk))]
[JsonSerializable(typeof(AgencyProfile))]
[JsonSerializable(typeof(Norms.PeerNorms))]
[JsonSerializable(typeof(Norms.PeerComparison))]
[JsonSerializable(typeof(Participation.ParticipationReport))]
[JsonSerializable(typeof(Participation.Headcounts))]
[JsonSerializable(typeof(IReadOnlyList<Instrument>))]
[JsonSerializable(typeof(WellnessAssessment.Register.ActionRegister))]
[JsonSerializable(typeof(WellnessAssessment.Register.RegisterAction))]
[JsonSerializable(typeof(WellnessAssessment.Register.ActionEdit))]
[JsonSerializable(typeof(WellnessAssessment.Register.ProgressReport))]
[JsonSerializable(typeof(WellnessAssessment.Register.RegisterSummary))]
[JsonSerializable(typeof(IReadOnlyList<WellnessAssessment.Register.RegisterAction>))]
[JsonSerializable(typeof(string))]
internal sealed partial class WellnessJsonContext : JsonSerializerContext;
