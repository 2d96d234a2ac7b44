using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using WellnessAssessment.Serialization;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Http.Requests;

/// <summary>
/// Reads a JSON request body with the library's rules: JSON content type (else 415), a size limit (else 413), and
/// malformed JSON reported as a validation problem with its path (never a 500).
/// </summary>
public static class JsonBody
{
    /// <summary>Reads the body as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The body's type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="limit">The largest body in bytes.</param>
    /// <param name="typeInfo">The body's JSON metadata.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The body, or the problem that refuses it.</returns>
    public static Task<Outcome<T>> ReadAsync<T>(HttpRequest request, long limit, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
        ReadAsync(request, limit, (body, token) => JsonSerializer.DeserializeAsync(body, typeInfo, token), cancellationToken);

    /// <summary>
    /// Reads a response set through the library's fast reader (<see cref="WellnessJson.ReadResponseSetAsync"/>): the
    /// same result and the same located errors as the serializer, in about the time of <see cref="JsonDocument"/>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="limit">The largest body in bytes.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The response set, or the problem that refuses it.</returns>
    public static Task<Outcome<Responses.ResponseSet>> ReadResponseSetAsync(HttpRequest request, long limit, CancellationToken cancellationToken) =>
        ReadAsync<Responses.ResponseSet>(request, limit, async (body, token) => await WellnessJson.ReadResponseSetAsync(body, token).ConfigureAwait(false), cancellationToken);

    private static async Task<Outcome<T>> ReadAsync<T>(HttpRequest request, long limit, Func<Stream, CancellationToken, ValueTask<T?>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            return new Problem(ProblemKind.UnsupportedMediaType, "Unsupported media type", "Send the body as JSON with the header Content-Type: application/json.");
        }

        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        try
        {
            await using var limited = new LimitedReadStream(request.Body, limit);
            var value = await read(limited, cancellationToken).ConfigureAwait(false);
            return value is null
                ? Problem.Invalid("$", "the body is empty or null; expected a JSON object")
                : Outcome.Found(value);
        }
        catch (LimitedReadStream.LimitExceededException)
        {
            return TooLarge(limit);
        }
        catch (JsonException exception)
        {
            return Problem.Invalid(WellnessJson.FromJsonException(exception, "request body"));
        }
        catch (AssessmentValidationException exception)
        {
            return Problem.Invalid(exception);
        }
    }

    private static Problem TooLarge(long limit) =>
        new(ProblemKind.TooLarge, "Body too large", $"The body is larger than the limit of {limit / 1024} KiB for this route.");
}
