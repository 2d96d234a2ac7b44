using WellnessAssessment.Http.Access;
using WellnessAssessment.Http.Outcomes;

namespace WellnessAssessment.Api.Infrastructure;

/// <summary>
/// The optional <c>Idempotency-Key</c> request header, by the layer's rule (<see cref="Service.Requests.RequestKey"/>),
/// for the handlers not yet moved to the shared endpoints.
/// </summary>
internal static class IdempotencyKey
{
    public const string Header = Service.Requests.RequestKey.Header;

    public static (string? Key, IResult? Problem) Read(HttpRequest request)
    {
        var key = HttpCaller.RequestKeyOf(request);
        return (key.Value, key.Problem is { } problem ? OutcomeResults.ToResult(problem) : null);
    }
}
