using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using WellnessAssessment.Responses;

namespace WellnessAssessment.Api.OpenApi;

/// <summary>
/// Schemas the generator cannot see: the <c>traceId</c> every problem carries (added by the problem-details
/// customisation), and an answer, which the library writes as a level number or a keyword.
/// </summary>
internal sealed class ContractSchemaTransformer : IOpenApiSchemaTransformer
{
    /// <summary>The component holding <see cref="AnswerSchema"/>.</summary>
    public const string AnswerSchemaId = "Answer";

    /// <summary>An answer: a level of the scale, or a keyword (the library's answer converter).</summary>
    public static OpenApiSchema AnswerSchema() => new()
    {
        Title = AnswerSchemaId,
        Description = "A level of the instrument's scale (an integer), or the keyword `dont-know` or `not-applicable`.",
        // anyOf (the two are disjoint anyway): generators map a named anyOf to one type, where oneOf makes them pick the first.
        AnyOf =
        [
            new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(Answer.DontKnowKeyword)!, JsonValue.Create(Answer.NotApplicableKeyword)!] },
        ],
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;

        // Numbers are numbers in the contract; that the reader also takes "1" in quotes is leniency, not contract.
        if (schema.Type is { } types && (types & (JsonSchemaType.Number | JsonSchemaType.Integer)) != 0 && (types & JsonSchemaType.String) != 0)
        {
            schema.Type = types & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        // A nullable enum property is already oneOf [null, enum]; a null inside the enum itself would make null match both.
        if (schema.Enum is { Count: > 0 } values && values.Any(value => value is null))
        {
            schema.Enum = [.. values.Where(value => value is not null)];
        }
        MarkAlwaysSent(schema, context.JsonTypeInfo);

        if (typeof(ProblemDetails).IsAssignableFrom(type) || typeof(HttpValidationProblemDetails).IsAssignableFrom(type))
        {
            schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
            schema.Properties["traceId"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "The trace id of the request, to quote when reporting a problem.",
            };
            if (type == typeof(HttpValidationProblemDetails))
            {
                schema.Description = "A problem with the invalid input listed in `errors`: each JSON path of the body (or `$` for the whole body) with its messages.";
            }
        }
        else if (type == typeof(IReadOnlyDictionary<string, Answer>))
        {
            schema.Type = JsonSchemaType.Object;
            // Marked by its title; ContractDocumentTransformer turns it into a reference to the Answer component.
            schema.AdditionalProperties = AnswerSchema();
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// The one place the contract's <c>required</c> lists come from: a property is required when the serializer always
    /// writes it with a value, that is when it has no ignore condition (no <c>JsonIgnore</c>, no <c>ShouldSerialize</c>)
    /// and its type is not nullable (a value type that is not <see cref="Nullable{T}"/>, or a reference annotated
    /// non-null). A property the C# type marks <c>required</c> stays required. Request bodies (<c>…Request</c>) are
    /// left as they are: what a caller may leave out is the request's rule, not the writer's.
    /// </summary>
    private static void MarkAlwaysSent(OpenApiSchema schema, JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || schema.Properties is not { Count: > 0 } properties
            || typeInfo.Type.Name.EndsWith("Request", StringComparison.Ordinal) || typeof(ProblemDetails).IsAssignableFrom(typeInfo.Type))
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.Get is null || property.ShouldSerialize is not null || property.IsExtensionData || !properties.ContainsKey(property.Name)
                || property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: true).Length > 0)
            {
                continue;
            }

            var nonNullable = property.PropertyType.IsValueType
                ? Nullable.GetUnderlyingType(property.PropertyType) is null
                : !property.IsGetNullable;
            if (nonNullable)
            {
                schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
                schema.Required.Add(property.Name);
            }
        }
    }
}
