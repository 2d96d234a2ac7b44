using WellnessAssessment.Http.Vocabulary;

namespace WellnessAssessment.Functions.Vocabulary;

/// <summary>The vocabulary of the console's forms (anonymous); the shared <see cref="VocabularyEndpoints"/>.</summary>
public static class VocabularyFunctions
{
    /// <summary><c>GET /api/vocabulary</c>.</summary>
    /// <param name="request">The request.</param>
    [Function("GetVocabulary")]
    public static IResult GetVocabulary([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/vocabulary")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return VocabularyEndpoints.GetVocabulary();
    }
}
