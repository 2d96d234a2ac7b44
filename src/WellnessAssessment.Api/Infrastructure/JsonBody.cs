using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using WellnessAssessment.Serialization;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Api.Infrastructure;

/// <summary>
/// Reads a JSON request body with the library's rules: JSON content type (else 415), a size limit (else 413), and
/// malformed JSON reported as a validation problem with its path (never a 500).
/// </summary>
internal static class JsonBody
{
    public static Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, long limit, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
        ReadAsync(request, limit, (body, token) => JsonSerializer.DeserializeAsync(body, typeInfo, token), cancellationToken);

    /// <summary>
    /// Reads a response set through the library's fast reader (<see cref="WellnessJson.ReadResponseSetAsync"/>): the
    /// same result and the same located errors as the serializer, in about the time of <see cref="JsonDocument"/>.
    /// </summary>
    public static Task<(Responses.ResponseSet? Value, IResult? Problem)> ReadResponseSetAsync(HttpRequest request, long limit, CancellationToken cancellationToken) =>
        ReadAsync<Responses.ResponseSet>(request, limit, async (body, token) => await WellnessJson.ReadResponseSetAsync(body, token).ConfigureAwait(false), cancellationToken);

    private static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, long limit, Func<Stream, CancellationToken, ValueTask<T?>> read, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (default, TypedResults.Problem(
                detail: "Send the body as JSON with the header Content-Type: application/json.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type"));
        }

        if (request.ContentLength > limit)
        {
            return (default, TooLarge(limit));
        }

        try
        {
            await using var limited = new LimitedReadStream(request.Body, limit);
            var value = await read(limited, cancellationToken).ConfigureAwait(false);
            return value is null
                ? (default, ApiProblems.Invalid("$", "the body is empty or null; expected a JSON object"))
                : (value, null);
        }
        catch (LimitedReadStream.LimitExceededException)
        {
            return (default, TooLarge(limit));
        }
        catch (JsonException exception)
        {
            return (default, ApiProblems.Invalid(WellnessJson.FromJsonException(exception, "request body")));
        }
        catch (AssessmentValidationException exception)
        {
            return (default, ApiProblems.Invalid(exception));
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooLarge(long limit) => TypedResults.Problem(
        detail: $"The body is larger than the limit of {limit / 1024} KiB for this route.",
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Body too large");
}
