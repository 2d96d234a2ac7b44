using WellnessAssessment.Http.Access;
using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Http.Requests;
using WellnessAssessment.Service.Drafts;

namespace WellnessAssessment.Http.Drafts;

/// <summary>Resume codes (respondent token in <c>X-Respondent-Token</c>): <c>/api/survey/drafts…</c> create, save, resume.</summary>
public static class DraftEndpoints
{
    /// <summary><c>POST /api/survey/drafts</c>: 201 with the receipt, 400, 404, 409, 413, 415, 429.</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="drafts">The draft service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> CreateDraft(HttpContext http, DraftService drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        return OutcomeResults.ToResult(await drafts.CreateAsync(RespondentOf(http), token => HttpBody.ReadAsync<SurveyDraft>(http, token), cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>PUT /api/survey/drafts/{code}</c>: the receipt, 400, 404, 409, 413, 415, 429.</summary>
    /// <param name="code">The route's resume code.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="drafts">The draft service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> SaveDraft(string code, HttpContext http, DraftService drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        return OutcomeResults.ToResult(await drafts.SaveAsync(RespondentOf(http), code, token => HttpBody.ReadAsync<SurveyDraft>(http, token), cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>GET /api/survey/drafts/{code}</c>: the draft, 400, 404, 409, 429.</summary>
    /// <param name="code">The route's resume code.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="drafts">The draft service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> ResumeDraft(string code, HttpContext http, DraftService drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        return OutcomeResults.ToResult(await drafts.ResumeAsync(RespondentOf(http), code, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The respondent request of an HTTP request: the token of its <c>X-Respondent-Token</c> header (trimmed; <see langword="null"/> when absent or empty) and its client address key.</summary>
    /// <param name="http">The request's context.</param>
    public static RespondentRequest RespondentOf(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var token = http.Request.Headers[RespondentRequest.TokenHeader].ToString().Trim();
        return new(token.Length > 0 ? token : null, HttpClientAddress.KeyOf(http));
    }
}
