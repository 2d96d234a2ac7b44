namespace WellnessAssessment.Results;

/// <summary>A closed interval of scores.</summary>
/// <param name="Low">The lower bound.</param>
/// <param name="High">The upper bound.</param>
public sealed record ConfidenceInterval(double Low, double High)
{
    /// <summary>Whether this interval and <paramref name="other"/> share at least one point.</summary>
    /// <param name="other">Another interval.</param>
    public bool Overlaps(ConfidenceInterval other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Low <= other.High && other.Low <= High;
    }
}
