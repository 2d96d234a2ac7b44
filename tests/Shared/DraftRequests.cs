namespace WellnessAssessment.Testing;

/// <summary>Calls the resume-code routes as the survey page does: the respondent token in a header, never in the URL.</summary>
internal static class DraftRequests
{
    public static Task<HttpResponseMessage> SendDraftAsync(this HttpClient client, HttpMethod method, string token, string path, HttpContent? body = null)
    {
        var request = new HttpRequestMessage(method, new Uri("/api/survey/drafts" + path, UriKind.Relative)) { Content = body };
        request.Headers.Add("X-Respondent-Token", token);
        return client.SendAsync(request);
    }
}
