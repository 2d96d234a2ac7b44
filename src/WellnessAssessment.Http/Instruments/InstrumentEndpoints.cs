using WellnessAssessment.Http.Access;
using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Service.Instruments;

namespace WellnessAssessment.Http.Instruments;

/// <summary>The catalog of built-in instruments (anonymous; 429 when the client's per-minute allowance is spent): <c>/api/instruments…</c>.</summary>
public static class InstrumentEndpoints
{
    /// <summary><c>GET /api/instruments</c>: each built-in instrument's id, version, title and size.</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="instruments">The instrument service.</param>
    public static IResult ListInstruments(HttpContext http, InstrumentService instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        return instruments.Admit(HttpClientAddress.KeyOf(http)) is { } tooMany ? OutcomeResults.ToResult(tooMany) : OutcomeResults.ToResult(instruments.List());
    }

    /// <summary><c>GET /api/instruments/{id}?version=…</c>: the whole instrument, 404.</summary>
    /// <param name="id">The route's instrument id.</param>
    /// <param name="version">The query's version, or <see langword="null"/> for the latest.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="instruments">The instrument service.</param>
    public static IResult GetInstrument(string id, string? version, HttpContext http, InstrumentService instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        return instruments.Admit(HttpClientAddress.KeyOf(http)) is { } tooMany ? OutcomeResults.ToResult(tooMany) : OutcomeResults.ToResult(instruments.Get(id, version));
    }
}
