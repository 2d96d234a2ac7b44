using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Http.Instruments;
using WellnessAssessment.Instruments;
using WellnessAssessment.Service.Instruments;

namespace WellnessAssessment.Api.Instruments;

/// <summary>The catalog of built-in instruments.</summary>
internal static class InstrumentsApi
{
    /// <summary>The per-address rate limit of the catalog (it is public, and an instrument is a large answer).</summary>
    public const string RateLimitPolicy = "catalog";

    public static RouteGroupBuilder MapInstrumentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/instruments").WithTags(ApiTags.Instruments).RateLimited(RateLimitPolicy);
        group.MapGet("/", InstrumentEndpoints.ListInstruments).WithName("ListInstruments")
            .Produces<IReadOnlyList<InstrumentSummary>>()
            .WithSummary("List the built-in instruments")
            .WithDescription("Each built-in instrument's id, version, title and size.");
        group.MapGet("/{id}", InstrumentEndpoints.GetInstrument).WithName("GetInstrument")
            .Produces<Instrument>()
            .WithSummary("Get a built-in instrument")
            .WithDescription("The whole instrument definition (instrument schema): sections, domains, items with their recommendations, scale and respondent groups. The latest version unless `version` is given; an unknown id or version answers 404.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        return api;
    }
}
