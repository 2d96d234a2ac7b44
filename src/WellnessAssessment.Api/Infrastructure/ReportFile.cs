using WellnessAssessment.Scoring;

namespace WellnessAssessment.Api.Infrastructure;

/// <summary>A PDF written by the Reports library, answered as <c>application/pdf</c>.</summary>
internal static class PdfFile
{
    public static FileContentHttpResult Create(Action<Stream> write, string fileName)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return TypedResults.File(buffer.ToArray(), "application/pdf", fileName);
    }

    /// <summary>An earlier result only when it is of exactly the same instrument version, which the report's trend section needs.</summary>
    public static AssessmentResult? ComparableEarlier(AssessmentResult? previous, AssessmentResult current) =>
        previous is not null && previous.Instrument == current.Instrument ? previous : null;
}
