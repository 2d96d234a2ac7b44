namespace WellnessAssessment.Api.OpenApi;

/// <summary>A server the OpenAPI document lists (configuration <c>Wellness:OpenApi:Servers</c>).</summary>
public sealed class OpenApiServerSetting
{
    /// <summary>The base address, without a trailing slash.</summary>
    public string Url { get; set; } = string.Empty;

    /// <summary>What the server is.</summary>
    public string? Description { get; set; }
}
