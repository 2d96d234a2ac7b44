using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using WellnessAssessment.Serialization;
using WellnessAssessment.Service;

namespace WellnessAssessment.Http;

/// <summary>The JSON of the shared endpoints: the core's contract types through its own resolver, the layer's through <see cref="ServiceJsonContext"/>.</summary>
public static class HttpJson
{
    /// <summary>The resolvers a host adds to its own serializer options, in order, ahead of any it has.</summary>
    public static IReadOnlyList<IJsonTypeInfoResolver> Resolvers { get; } = [WellnessJson.Options.TypeInfoResolver!, ServiceJsonContext.Default];

    /// <summary>Options that read and write every type the shared endpoints take or answer.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>The metadata of <typeparamref name="T"/> in <see cref="Options"/>.</summary>
    /// <typeparam name="T">A request or answer type.</typeparam>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(WellnessJson.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine([.. Resolvers]),
        };
        options.MakeReadOnly();
        return options;
    }
}
