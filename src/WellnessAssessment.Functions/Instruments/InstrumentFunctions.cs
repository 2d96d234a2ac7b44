using WellnessAssessment.Http.Instruments;
using WellnessAssessment.Service.Instruments;

namespace WellnessAssessment.Functions.Instruments;

/// <summary>The catalog of built-in instruments (anonymous); the shared <see cref="InstrumentEndpoints"/>.</summary>
public sealed class InstrumentFunctions(InstrumentService instruments)
{
    /// <summary><c>GET /api/instruments</c>.</summary>
    /// <param name="request">The request.</param>
    [Function("ListInstruments")]
    public IResult ListInstruments([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/instruments")] HttpRequest request) =>
        InstrumentEndpoints.ListInstruments(instruments);

    /// <summary><c>GET /api/instruments/{id}?version=…</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="id">The route's instrument id.</param>
    [Function("GetInstrument")]
    public IResult GetInstrument([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/instruments/{id}")] HttpRequest request, string id)
    {
        ArgumentNullException.ThrowIfNull(request);
        return InstrumentEndpoints.GetInstrument(id, request.Query.TryGetValue("version", out var version) ? version.ToString() : null, instruments);
    }
}
