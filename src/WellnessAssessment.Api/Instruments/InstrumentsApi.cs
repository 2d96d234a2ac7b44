using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Instruments;

namespace WellnessAssessment.Api.Instruments;

/// <summary>The catalog of built-in instruments.</summary>
internal static class InstrumentsApi
{
    /// <summary>The per-address rate limit of the catalog (it is public, and an instrument is a large answer).</summary>
    public const string RateLimitPolicy = "catalog";

    public static RouteGroupBuilder MapInstrumentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/instruments").WithTags(ApiTags.Instruments).RateLimited(RateLimitPolicy);
        group.MapGet("/", ListInstruments).WithName("ListInstruments")
            .WithSummary("List the built-in instruments")
            .WithDescription("Each built-in instrument's id, version, title and size.");
        group.MapGet("/{id}", GetInstrument).WithName("GetInstrument")
            .WithSummary("Get a built-in instrument")
            .WithDescription("The whole instrument definition (instrument schema): sections, domains, items with their recommendations, scale and respondent groups. The latest version unless `version` is given; an unknown id or version answers 404.")
            .ProducesProblems(StatusCodes.Status404NotFound);
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
