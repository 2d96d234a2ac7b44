namespace WellnessAssessment.Client;

/// <summary>
/// The one exception for every error the API answers: the RFC 9457 problem details of the response, with every field
/// error of an invalid input (400) by its JSON path.
/// </summary>
public sealed class WellnessProblemException : Exception
{
    /// <summary>Creates the exception for a problem response.</summary>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="title">The problem's title.</param>
    /// <param name="detail">The problem's detail, when given.</param>
    /// <param name="errors">The field errors: each JSON path with its messages.</param>
    /// <param name="traceId">The trace id to quote when reporting the problem.</param>
    public WellnessProblemException(int status, string title, string? detail, IReadOnlyDictionary<string, IReadOnlyList<string>> errors, string? traceId)
        : base(Describe(status, title, detail, errors))
    {
        Status = status;
        Title = title;
        Detail = detail;
        Errors = errors;
        TraceId = traceId;
    }

    /// <summary>The HTTP status code (400, 401, 404, 409, 413, 415, 429, 503 …).</summary>
    public int Status { get; }

    /// <summary>The problem's title, for example "Invalid input".</summary>
    public string Title { get; }

    /// <summary>What went wrong, in words.</summary>
    public string? Detail { get; }

    /// <summary>The field errors of an invalid input: each JSON path of the body (<c>$</c> for the whole body) with its messages. Empty for other problems.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; }

    /// <summary>The JSON paths of every field error, in the order the API listed them.</summary>
    public IReadOnlyList<string> ErrorPaths => [.. Errors.Keys];

    /// <summary>The request's trace id, to quote when reporting the problem.</summary>
    public string? TraceId { get; }

    private static string Describe(int status, string title, string? detail, IReadOnlyDictionary<string, IReadOnlyList<string>> errors)
    {
        var message = $"{status} {title}" + (string.IsNullOrEmpty(detail) ? string.Empty : $": {detail}");
        return errors.Count == 0
            ? message
            : message + Environment.NewLine + string.Join(Environment.NewLine, errors.SelectMany(error => error.Value.Select(text => $"  {error.Key}: {text}")));
    }
}
