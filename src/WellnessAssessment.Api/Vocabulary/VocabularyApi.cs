using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Http.Vocabulary;
using WellnessAssessment.Service.Vocabulary;

namespace WellnessAssessment.Api.Vocabulary;

/// <summary>The vocabulary of the console's forms.</summary>
internal static class VocabularyApi
{
    public static RouteGroupBuilder MapVocabularyApi(this RouteGroupBuilder api)
    {
        api.MapGet("/vocabulary", VocabularyEndpoints.GetVocabulary).WithName("GetVocabulary").WithTags(ApiTags.Vocabulary)
            .Produces<VocabularyView>()
            .ProducesProblems(StatusCodes.Status429TooManyRequests)
            .WithSummary("Get the console's vocabulary")
            .WithDescription("The agency profile's fields with the values each accepts (the values a profile holds, with their labels), the range of a headcount and the bands, lowest first. The console's forms offer these; it holds none of them. Shares the client's per-minute catalog allowance with `GET /api/instruments` (429 when spent).");
        return api;
    }
}
