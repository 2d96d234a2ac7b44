using WellnessAssessment.Http.Access;
using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Service.Instruments;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Service.Vocabulary;

namespace WellnessAssessment.Http.Vocabulary;

/// <summary>The vocabulary of the console's forms (anonymous; 429 when the client's catalog allowance is spent): <c>GET /api/vocabulary</c>.</summary>
public static class VocabularyEndpoints
{
    /// <summary><c>GET /api/vocabulary</c>: the agency profile's fields and values, the headcount range and the bands.</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="instruments">The instrument service, whose per-client catalog allowance the vocabulary shares.</param>
    public static IResult GetVocabulary(HttpContext http, InstrumentService instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        return instruments.Admit(HttpClientAddress.KeyOf(http)) is { } tooMany ? OutcomeResults.ToResult(tooMany) : OutcomeResults.ToResult(Outcome.Found(VocabularyView.Current));
    }
}
