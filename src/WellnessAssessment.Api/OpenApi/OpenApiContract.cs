namespace WellnessAssessment.Api.OpenApi;

/// <summary>The OpenAPI document (<c>/openapi/v1.json</c>), built by the framework's generator and these transformers.</summary>
internal static class OpenApiContract
{
    public static IServiceCollection AddWellnessOpenApi(this IServiceCollection services)
    {
        services.AddSingleton<ContractExamples>();
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<ContractDocumentTransformer>();
            options.AddOperationTransformer<ContractOperationTransformer>();
            options.AddSchemaTransformer<ContractSchemaTransformer>();
        });
        return services;
    }
}
