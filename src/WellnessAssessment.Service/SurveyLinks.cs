namespace WellnessAssessment.Service;

/// <summary>Respondent links: the token in the fragment (<c>/survey/#token</c>), at the deployment's public address.</summary>
public static class SurveyLinks
{
    /// <summary>The site's public root without a trailing slash: <see cref="WellnessApiOptions.PublicBaseUrl"/>, else the request's own.</summary>
    /// <param name="requestRoot">The root of the address the request was sent to (<c>https://host/base</c>).</param>
    /// <param name="options">The settings.</param>
    public static string Root(string requestRoot, WellnessApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.PublicBaseUrl?.ToString().TrimEnd('/') ?? requestRoot;
    }

    /// <summary>The respondent link of a cycle under <paramref name="root"/>.</summary>
    /// <param name="root">The site's public root (<see cref="Root"/>).</param>
    /// <param name="token">The cycle's respondent token.</param>
    public static string RespondentUrl(string root, string token) => $"{root}/survey/#{Uri.EscapeDataString(token)}";
}
