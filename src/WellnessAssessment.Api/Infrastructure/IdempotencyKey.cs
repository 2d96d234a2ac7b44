using Microsoft.AspNetCore.Http.HttpResults;

namespace WellnessAssessment.Api.Infrastructure;

/// <summary>
/// The optional <c>Idempotency-Key</c> request header (IETF draft-ietf-httpapi-idempotency-key-header): a client that
/// repeats a create after a lost answer or a 503 sends the same key, and gets the agency or cycle the first request
/// created instead of a second one (or a conflict).
/// </summary>
internal static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    private const int MaxLength = 200;

    public static (string? Key, ValidationProblem? Problem) Read(HttpRequest request)
    {
        var values = request.Headers[Header];
        if (values.Count == 0)
        {
            return (null, null);
        }

        var key = values.Count == 1 ? values[0]?.Trim().Trim('"') : null;
        return string.IsNullOrEmpty(key) || key.Length > MaxLength || !key.All(c => c is >= '!' and <= '~')
            ? (null, ApiProblems.Invalid(Header, $"must be one value of 1 to {MaxLength} visible ASCII characters (a UUID, for example)"))
            : (key, null);
    }
}
