using WellnessAssessment.Http.Access;
using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Storage.Assessments;

namespace WellnessAssessment.Api.Surveys;

/// <summary>The invitation-code check of a submission, for this host's handlers: the application layer's <see cref="Service.Surveys.InvitationGate"/>.</summary>
internal static class InvitationGate
{
    /// <summary>The header that carries the code from the respondent's slip.</summary>
    public const string HeaderName = Service.Surveys.InvitationGate.HeaderName;

    /// <summary>Null when the submission may go on; otherwise the problem to answer (403 or 429).</summary>
    public static async Task<IResult?> CheckAsync(HttpContext http, Assessment assessment, string respondentId, CancellationToken cancellationToken)
    {
        var gate = http.RequestServices.GetRequiredService<Service.Surveys.InvitationGate>();
        var problem = await gate.CheckAsync(assessment, http.Request.Headers[HeaderName].ToString(), respondentId, HttpClientAddress.KeyOf(http), cancellationToken).ConfigureAwait(false);
        return problem is null ? null : OutcomeResults.ToResult(problem);
    }
}
