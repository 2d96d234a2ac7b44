namespace WellnessAssessment.Api.Authentication;

/// <summary>The key a request carries as <c>Authorization: Bearer &lt;key&gt;</c>.</summary>
internal static class BearerKey
{
    public static string? From(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }
}
