using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using WellnessAssessment.Serialization;

namespace WellnessAssessment.Api.Infrastructure;

/// <summary>JSON for the API: the library's contract types through its own resolver, the API's own types through <see cref="ApiJsonContext"/>.</summary>
internal static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    public static void Configure(JsonSerializerOptions options)
    {
        options.TypeInfoResolverChain.Insert(0, WellnessJson.Options.TypeInfoResolver!);
        options.TypeInfoResolverChain.Insert(1, WellnessAssessment.Service.ServiceJsonContext.Default);
        options.TypeInfoResolverChain.Insert(2, ApiJsonContext.Default);
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Encoder = WellnessJson.Options.Encoder;
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(WellnessJson.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(WellnessJson.Options.TypeInfoResolver!, WellnessAssessment.Service.ServiceJsonContext.Default, ApiJsonContext.Default),
        };
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>Source-generated metadata for the API's own request and response types.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(CreateAssessmentRequest))]
[JsonSerializable(typeof(AssessmentView))]
[JsonSerializable(typeof(WellnessAssessment.Participation.Headcounts))]
[JsonSerializable(typeof(IReadOnlyList<AssessmentView>))]
[JsonSerializable(typeof(ImportReceipt))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
