using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Register;

/// <summary>How one item's or domain's score moved between an earlier and a later cycle, with both intervals.</summary>
/// <param name="Id">The item or domain id in the later cycle.</param>
/// <param name="PreviousId">Its id in the earlier cycle (differs only across a crosswalk).</param>
/// <param name="Then">The earlier score, or <see langword="null"/>.</param>
/// <param name="Now">The later score, or <see langword="null"/>.</param>
/// <param name="Delta"><c>Now − Then</c>; <see langword="null"/> when either is missing.</param>
/// <param name="ThenCi95">The earlier 95% confidence interval of the mean, or <see langword="null"/>.</param>
/// <param name="NowCi95">The later 95% confidence interval of the mean, or <see langword="null"/>.</param>
/// <param name="CiOverlap">Whether the intervals overlap; <see langword="null"/> when either is missing.</param>
/// <param name="Signal">What the change says.</param>
public sealed record ScoreMovement(
    string Id,
    string PreviousId,
    double? Then,
    double? Now,
    double? Delta,
    ConfidenceInterval? ThenCi95,
    ConfidenceInterval? NowCi95,
    bool? CiOverlap,
    ChangeSignal Signal)
{
    /// <summary>Whether the score moved beyond noise, up or down.</summary>
    public bool Moved => Signal is ChangeSignal.Improved or ChangeSignal.Declined;
}
