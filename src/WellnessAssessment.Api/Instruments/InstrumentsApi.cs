using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Instruments;

namespace WellnessAssessment.Api.Instruments;

/// <summary>The catalog of built-in instruments.</summary>
internal static class InstrumentsApi
{
    public static RouteGroupBuilder MapInstrumentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/instruments").WithTags("Instruments");
        group.MapGet("/", ListInstruments).WithName("ListInstruments");
        group.MapGet("/{id}", GetInstrument).WithName("GetInstrument");
        return api;
    }

    public static Ok<IReadOnlyList<InstrumentSummary>> ListInstruments(InstrumentCatalog catalog) =>
        TypedResults.Ok<IReadOnlyList<InstrumentSummary>>([.. catalog.Instruments.Select(instrument => new InstrumentSummary(
            instrument.Id, instrument.Version, instrument.Title, instrument.Description,
            instrument.Sections.Count, instrument.Domains.Count(), instrument.Items.Count()))]);

    public static Results<Ok<Instrument>, ProblemHttpResult> GetInstrument(string id, string? version, InstrumentCatalog catalog) =>
        catalog.Find(id, version) is { } instrument
            ? TypedResults.Ok(instrument)
            : ApiProblems.NotFound(version is null ? $"No instrument '{id}'." : $"No instrument '{id}' version '{version}'.");
}
