using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using WellnessAssessment.Api.Authentication;
using WellnessAssessment.Api.Infrastructure;

namespace WellnessAssessment.Api.OpenApi;

/// <summary>
/// Per operation: the security requirement from the route's authorization policy (the policy name is the scheme name),
/// and examples for JSON bodies (<see cref="ContractExamples"/>) and problem responses. Summaries, descriptions and
/// statuses come from the route's own metadata; the contract tests name any route that lacks them.
/// </summary>
internal sealed class ContractOperationTransformer(ContractExamples examples) : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var policies = metadata.OfType<IAuthorizeData>().Select(data => data.Policy).OfType<string>().Distinct().ToList();
        if (policies.Count > 0 && context.Document is { } document)
        {
            operation.Security = [.. policies.SelectMany(KeyPolicies.SchemesOf).Distinct().Select(scheme => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, document)] = [] })];
        }
        else
        {
            // An empty requirement says "no key" explicitly, rather than leaving the route's security unstated.
            operation.Security = [new OpenApiSecurityRequirement()];
        }

        if (metadata.OfType<IdempotencyKeyMetadata>().Any())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyKey.Header,
                In = ParameterLocation.Header,
                Required = false,
                Description = "Optional. Repeat a create after a lost answer or a 503 with the same key (a UUID, for example) to get what the first request created instead of a second one.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
            });
        }

        foreach (var header in metadata.OfType<HeaderParameterMetadata>())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = header.Name,
                In = ParameterLocation.Header,
                Required = header.Required,
                Description = header.Description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100 },
            });
        }

        if (operation.RequestBody?.Content is { } requestContent
            && requestContent.TryGetValue("application/json", out var requestMedia)
            && metadata.OfType<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>().FirstOrDefault()?.RequestType is { } requestType
            && examples.For(requestType) is { } requestExample)
        {
            requestMedia.Example = requestExample;
        }

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response.Content is null || !int.TryParse(status, out var code))
            {
                continue;
            }

            foreach (var (mediaType, media) in response.Content)
            {
                if (mediaType == "application/problem+json")
                {
                    media.Example = ProblemExample(code);
                }
                else if (mediaType == "application/json"
                    && context.Description.SupportedResponseTypes.FirstOrDefault(type => type.StatusCode == code)?.Type is { } type
                    && examples.For(type) is { } example)
                {
                    media.Example = example;
                }
            }
        }

        return Task.CompletedTask;
    }

    private static JsonObject ProblemExample(int status)
    {
        (string Title, string? Detail) problemText = status switch
        {
            400 => ("Invalid input", "The response set is invalid: 1 error."),
            401 => ("Unauthorized", "Send the agency key as 'Authorization: Bearer <key>'."),
            403 => ("Invitation code not accepted", "This invitation code is not one of this survey's codes. Check it against your slip (letters and digits, like ABCDE-12345). Nothing was stored."),
            404 => ("Not found", "No such assessment cycle."),
            409 => ("Conflict", "The cycle is closed; responses can no longer be imported."),
            422 => ("Idempotency-Key reused", "This Idempotency-Key was used for a cycle with another title or instrument; use a new key for a new cycle."),
            413 => ("Body too large", "The body is larger than the limit of 1024 KiB for this route."),
            415 => ("Unsupported media type", "Send the body as JSON with the header Content-Type: application/json."),
            429 => ("Too many requests", "Too many requests from this address; try again in a minute."),
            503 => ("Storage unavailable", "The data store did not answer; nothing was changed by this request. Try again in a moment."),
            _ => (Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status), null),
        };
        var problem = new JsonObject
        {
            ["type"] = $"https://tools.ietf.org/html/rfc9110#section-15.{(status >= 500 ? 6 : 5)}.{(status >= 500 ? status - 499 : status - 399)}",
            ["title"] = problemText.Title,
            ["status"] = status,
        };
        if (problemText.Detail is not null)
        {
            problem["detail"] = problemText.Detail;
        }

        if (status == 400)
        {
            problem["errors"] = new JsonObject { ["responses[0].group"] = new JsonArray("is not a respondent group of the instrument") };
        }

        problem["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        return problem;
    }
}
