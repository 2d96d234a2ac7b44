namespace WellnessAssessment.Api.Surveys;

/// <summary>
/// How a respondent's token reaches the API: in a request header, never in the URL. The survey page reads it from its
/// link's fragment (<c>/survey/#token</c>), which browsers never send to a server, so no proxy or front-end access log
/// between the phone and the app sees it.
/// </summary>
internal static class RespondentToken
{
    /// <summary>The header that carries the token.</summary>
    public const string HeaderName = "X-Respondent-Token";

    /// <summary>The token of the request, or <see langword="null"/> when the header is absent or empty.</summary>
    public static string? Read(HttpRequest request) =>
        request.Headers[HeaderName].ToString().Trim() is { Length: > 0 } token ? token : null;

    /// <summary>The problem of a request without a token: a validation problem naming the header.</summary>
    public static ValidationProblem Missing() =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [HeaderName] = ["is required"] },
            detail: $"The {HeaderName} header is required: the survey page sends the code from its link (the part after '#').",
            title: "Survey link missing");
}
