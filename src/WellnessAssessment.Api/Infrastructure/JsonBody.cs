using System.Text.Json.Serialization.Metadata;
using WellnessAssessment.Http.Outcomes;

namespace WellnessAssessment.Api.Infrastructure;

/// <summary>The shared body reader (<see cref="Http.Requests.JsonBody"/>) for the handlers not yet moved to the shared endpoints.</summary>
internal static class JsonBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, long limit, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var read = await Http.Requests.JsonBody.ReadAsync(request, limit, typeInfo, cancellationToken).ConfigureAwait(false);
        return read.Succeeded ? (read.Value, null) : (default, OutcomeResults.ToResult(read.Problem));
    }

    public static async Task<(Responses.ResponseSet? Value, IResult? Problem)> ReadResponseSetAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var read = await Http.Requests.JsonBody.ReadResponseSetAsync(request, limit, cancellationToken).ConfigureAwait(false);
        return read.Succeeded ? (read.Value, null) : (default, OutcomeResults.ToResult(read.Problem));
    }
}
