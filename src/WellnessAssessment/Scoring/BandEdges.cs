using WellnessAssessment.Results;

namespace WellnessAssessment.Scoring;

/// <summary>
/// The lower edge of each band above <see cref="Band.Initial"/>: a score <c>s</c> is in the highest band whose edge is
/// ≤ <c>s</c>. The edges must increase strictly and lie strictly between 0 and 100.
/// </summary>
/// <param name="Emerging">Lower edge of <see cref="Band.Emerging"/>; default 20.</param>
/// <param name="Developing">Lower edge of <see cref="Band.Developing"/>; default 40.</param>
/// <param name="Established">Lower edge of <see cref="Band.Established"/>; default 60.</param>
/// <param name="Leading">Lower edge of <see cref="Band.Leading"/>; default 80.</param>
public sealed record BandEdges(double Emerging, double Developing, double Established, double Leading)
{
    /// <summary>The edges of the scoring contract: 20, 40, 60, 80.</summary>
    public static BandEdges Default { get; } = new(20, 40, 60, 80);

    /// <summary>The band a score falls in, or <see langword="null"/> when there is no score.</summary>
    /// <param name="score">A score on 0–100.</param>
    public Band? Classify(double? score) => score switch
    {
        null => null,
        >= 0 when score >= Leading => Band.Leading,
        _ when score >= Established => Band.Established,
        _ when score >= Developing => Band.Developing,
        _ when score >= Emerging => Band.Emerging,
        _ => Band.Initial,
    };
}
