using WellnessAssessment.Service.Outcomes;

namespace WellnessAssessment.Service.Requests;

/// <summary>
/// The optional <c>Idempotency-Key</c> of a request (IETF draft-ietf-httpapi-idempotency-key-header): a client that
/// repeats a create after a lost answer or a 503 sends the same key, and gets what the first request created instead of
/// a second one (or a conflict). Built by the host from the header's values; a bad value is kept as its problem, which
/// the workflow reports in its turn among the request's other checks.
/// </summary>
/// <param name="Value">The key, or <see langword="null"/> when the request has none (or a bad one).</param>
/// <param name="Problem">Why the header's value is not a key, or <see langword="null"/>.</param>
public sealed record RequestKey(string? Value, Problem? Problem)
{
    /// <summary>The header's name.</summary>
    public const string Header = "Idempotency-Key";

    private const int MaxLength = 200;

    /// <summary>A request without the header.</summary>
    public static RequestKey None { get; } = new(null, null);

    /// <summary>The key of the header's values: one value of 1 to 200 visible ASCII characters (quotes around it are dropped).</summary>
    /// <param name="values">Every value of the header (none when it is absent).</param>
    public static RequestKey Parse(IReadOnlyList<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return None;
        }

        var key = values.Count == 1 ? values[0]?.Trim().Trim('"') : null;
        return string.IsNullOrEmpty(key) || key.Length > MaxLength || !key.All(c => c is >= '!' and <= '~')
            ? new RequestKey(null, Problem.Invalid(Header, $"must be one value of 1 to {MaxLength} visible ASCII characters (a UUID, for example)"))
            : new RequestKey(key, null);
    }
}
