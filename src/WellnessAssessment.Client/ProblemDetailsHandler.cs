using System.Net.Http.Headers;
using System.Text.Json;

namespace WellnessAssessment.Client;

/// <summary>
/// Turns every unsuccessful response into a <see cref="WellnessProblemException"/>, read from its problem details (or,
/// for a response that carries none, from its status), so callers handle one exception type for every route.
/// </summary>
internal sealed class ProblemDetailsHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw await ReadAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<WellnessProblemException> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var fallbackTitle = response.ReasonPhrase ?? $"HTTP {status}";
        if (response.Content.Headers.ContentType is not MediaTypeHeaderValue { MediaType: "application/problem+json" or "application/json" })
        {
            return new WellnessProblemException(status, fallbackTitle, null, new Dictionary<string, IReadOnlyList<string>>(), null);
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), default, cancellationToken).ConfigureAwait(false);
            var root = document.RootElement;
            var errors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            if (root.TryGetProperty("errors", out var errorsElement) && errorsElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in errorsElement.EnumerateObject())
                {
                    errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                        ? [.. field.Value.EnumerateArray().Select(message => message.ToString())]
                        : [field.Value.ToString()];
                }
            }

            return new WellnessProblemException(
                root.TryGetProperty("status", out var statusElement) && statusElement.TryGetInt32(out var bodyStatus) ? bodyStatus : status,
                Text(root, "title") ?? fallbackTitle,
                Text(root, "detail"),
                errors,
                Text(root, "traceId"));
        }
        catch (JsonException)
        {
            return new WellnessProblemException(status, fallbackTitle, "The error response was not readable JSON.", new Dictionary<string, IReadOnlyList<string>>(), null);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
