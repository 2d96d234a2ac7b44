using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using WellnessAssessment.Api.Authentication;

namespace WellnessAssessment.Api.OpenApi;

/// <summary>
/// The document-level contract: title, version, licence, contact, the servers from configuration
/// (<c>Wellness:OpenApi:Servers</c>), the tag descriptions, and the two bearer schemes.
/// </summary>
internal sealed class ContractDocumentTransformer(IConfiguration configuration) : IOpenApiDocumentTransformer
{
    /// <summary>The contract's version; raise it with every change to the document.</summary>
    public const string Version = "1.0.0";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "WellnessAssessment API",
            Version = Version,
            Summary = "Score officer-wellness culture assessments, run assessment cycles, and produce reports.",
            Description = """
                The HTTP API of WellnessAssessment: a catalog of instruments, stateless scoring and reports, and assessment
                cycles that an agency opens, shares with respondents, closes and reports on.

                Errors are RFC 9457 problem details (`application/problem+json`) with a `traceId`; invalid input (400) adds
                `errors`, an object from each JSON path to its messages. Agency routes take the agency's key and answer
                404, as if the agency did not exist, to a key of another agency; creating agencies takes the admin key.
                """,
            License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" },
            Contact = new OpenApiContact
            {
                Name = "WellnessAssessment contributors",
                Url = new Uri("https://github.com/wellness-assessment/wellness-assessment"),
            },
        };

        var servers = configuration.GetSection("Wellness:OpenApi:Servers").Get<OpenApiServerSetting[]>() ?? [];
        document.Servers = [.. servers.Select(server => new OpenApiServer { Url = server.Url.Length > 1 ? server.Url.TrimEnd('/') : server.Url, Description = server.Description })];

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            tag.Description = tag.Name is { } name && ApiTags.Descriptions.TryGetValue(name, out var description) ? description : tag.Description;
        }

        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ContractSchemaTransformer.AnswerSchemaId] = ContractSchemaTransformer.AnswerSchema();
        foreach (var property in document.Components.Schemas.Values.OfType<OpenApiSchema>().SelectMany(schema => schema.Properties?.Values ?? []).OfType<OpenApiSchema>())
        {
            if (property.AdditionalProperties is OpenApiSchema { Title: ContractSchemaTransformer.AnswerSchemaId })
            {
                property.AdditionalProperties = new OpenApiSchemaReference(ContractSchemaTransformer.AnswerSchemaId, document);
            }
        }
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[KeyPolicies.AgencyKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The agency's key, shown once when the agency is created: `Authorization: Bearer <key>`. It opens only the routes of that agency's id.",
        };
        document.Components.SecuritySchemes[KeyPolicies.AdminKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The operator's admin key (setting `Wellness__AdminKey`): `Authorization: Bearer <key>`.",
        };
        return Task.CompletedTask;
    }
}
