namespace WellnessAssessment.Statistics;

/// <summary>Count, mean and sample variance of a stream of values (Welford's algorithm; numerically stable, no allocation).</summary>
internal struct RunningMoments
{
    private double _mean;
    private double _sumOfSquares;

    public int Count { get; private set; }

    public readonly double? Mean => Count == 0 ? null : _mean;

    /// <summary>The sample variance (n − 1 denominator); <see langword="null"/> when fewer than 2 values.</summary>
    public readonly double? SampleVariance => Count < 2 ? null : Math.Max(0, _sumOfSquares / (Count - 1));

    public readonly double? SampleStandardDeviation => SampleVariance is { } variance ? Math.Sqrt(variance) : null;

    public void Add(double value)
    {
        Count++;
        var delta = value - _mean;
        _mean += delta / Count;
        _sumOfSquares += delta * (value - _mean);
    }
}
