namespace WellnessAssessment.Api.OpenApi;

/// <summary>A request header a route reads itself (not bound by a parameter), so that the document lists it.</summary>
/// <param name="Name">The header's name.</param>
/// <param name="Required">Whether the route refuses a request without it.</param>
/// <param name="Description">What it carries.</param>
internal sealed record HeaderParameterMetadata(string Name, bool Required, string Description);
