using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Service.Instruments;

namespace WellnessAssessment.Http.Instruments;

/// <summary>The catalog of built-in instruments (anonymous; each host limits the requests per client): <c>/api/instruments…</c>.</summary>
public static class InstrumentEndpoints
{
    /// <summary><c>GET /api/instruments</c>: each built-in instrument's id, version, title and size.</summary>
    /// <param name="instruments">The instrument service.</param>
    public static IResult ListInstruments(InstrumentService instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        return OutcomeResults.ToResult(instruments.List());
    }

    /// <summary><c>GET /api/instruments/{id}?version=…</c>: the whole instrument, 404.</summary>
    /// <param name="id">The route's instrument id.</param>
    /// <param name="version">The query's version, or <see langword="null"/> for the latest.</param>
    /// <param name="instruments">The instrument service.</param>
    public static IResult GetInstrument(string id, string? version, InstrumentService instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        return OutcomeResults.ToResult(instruments.Get(id, version));
    }
}
