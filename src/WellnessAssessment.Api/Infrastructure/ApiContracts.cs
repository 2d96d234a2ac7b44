using System.Text.Json;
using System.Text.Json.Serialization;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Api.Infrastructure;

/// <summary>What a respondent needs: the cycle's title and status, the instrument, and the anonymity threshold.</summary>
/// <param name="Title">The cycle title.</param>
/// <param name="Status"><c>open</c> or <c>closed</c>.</param>
/// <param name="MinimumGroupSize">The anonymity threshold.</param>
/// <param name="Instrument">The instrument to answer, with its translations.</param>
/// <param name="Estimates">
/// How long answering takes, per language the instrument offers (its own first): questions, words to read and minutes,
/// computed by <see cref="SurveyTimeEstimate.For"/>.
/// </param>
public sealed record SurveyView(string Title, string Status, int MinimumGroupSize, Instrument Instrument, IReadOnlyDictionary<string, SurveyTimeEstimate> Estimates)
{
    /// <summary>Whether submissions need an invitation code (header <c>X-Invitation-Code</c>): the cycle issued codes.</summary>
    public bool InvitationCodeRequired { get; init; }

    /// <summary>
    /// What the answers are for: <c>anonymous-survey</c>, or <c>leadership-self-assessment</c>, whose answers are
    /// <em>not</em> anonymous (the agency sees each answer); the survey page says so.
    /// </summary>
    public WellnessAssessment.Disclosure.ReleasePurpose Purpose { get; init; }
}

/// <summary>The answer to a submission.</summary>
/// <param name="RespondentId">
/// The respondent id the answers are stored under: issued by the server (128 random bits), never taken from the request.
/// </param>
/// <param name="Status">Always <c>received</c>.</param>
public sealed record SubmissionReceipt(string RespondentId, string Status)
{
    /// <summary>
    /// The resume code that changes these answers until the cycle closes (send it as <c>X-Resume-Code</c> with the new
    /// answers, or read them back with <c>GET /api/survey/drafts/{code}</c>); the device keeps nothing else.
    /// </summary>
    public string? ResumeCode { get; init; }
}
