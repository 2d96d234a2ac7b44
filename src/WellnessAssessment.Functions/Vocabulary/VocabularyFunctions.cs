using WellnessAssessment.Http.Vocabulary;
using WellnessAssessment.Service.Instruments;

namespace WellnessAssessment.Functions.Vocabulary;

/// <summary>The vocabulary of the console's forms (anonymous); the shared <see cref="VocabularyEndpoints"/>.</summary>
public sealed class VocabularyFunctions(InstrumentService instruments)
{
    /// <summary><c>GET /api/vocabulary</c>.</summary>
    /// <param name="request">The request.</param>
    [Function("GetVocabulary")]
    public IResult GetVocabulary([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/vocabulary")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return VocabularyEndpoints.GetVocabulary(request.HttpContext, instruments);
    }
}
