using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Service.Vocabulary;

namespace WellnessAssessment.Http.Vocabulary;

/// <summary>The vocabulary of the console's forms (anonymous): <c>GET /api/vocabulary</c>.</summary>
public static class VocabularyEndpoints
{
    /// <summary><c>GET /api/vocabulary</c>: the agency profile's fields and values, the headcount range and the bands.</summary>
    public static IResult GetVocabulary() => OutcomeResults.ToResult(Outcome.Found(VocabularyView.Current));
}
