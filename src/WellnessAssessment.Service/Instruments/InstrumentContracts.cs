namespace WellnessAssessment.Service.Instruments;

/// <summary>A built-in instrument in the catalog listing.</summary>
/// <param name="Id">The id.</param>
/// <param name="Version">The version.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">The description.</param>
/// <param name="Sections">The number of sections.</param>
/// <param name="Domains">The number of domains.</param>
/// <param name="Items">The number of items.</param>
public sealed record InstrumentSummary(string Id, string Version, string Title, string? Description, int Sections, int Domains, int Items);
