using System.Text.Json.Nodes;
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
}
