using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Statistics;

/// <summary>Pearson's correlation and its Fisher-z confidence interval.</summary>
internal static class Correlation
{
    /// <summary>The 0.975 quantile of the standard normal distribution.</summary>
    public const double Z975 = 1.959963984540054;

    /// <summary>
    /// Pearson's r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² · Σ(y − ȳ)²), computed in two passes; <see langword="null"/> when
    /// fewer than 2 pairs or either variable does not vary. Clamped to [−1, 1] against rounding.
    /// </summary>
    public static double? Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException("x and y must have the same length.", nameof(y));
        }

        var n = x.Length;
        if (n < 2)
        {
            return null;
        }

        double meanX = 0, meanY = 0;
        for (var i = 0; i < n; i++)
        {
            meanX += x[i];
            meanY += y[i];
        }

        meanX /= n;
        meanY /= n;
        double sxx = 0, syy = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = x[i] - meanX;
            var dy = y[i] - meanY;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }

        if (sxx <= 0 || syy <= 0)
        {
            return null;
        }

        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
    }

    /// <summary>
    /// The 95% interval <c>tanh(atanh(r) ± 1.959964 / √(n − 3))</c>; for |r| = 1 the interval is the point r.
    /// </summary>
    public static ConfidenceInterval FisherInterval95(double r, int n)
    {
        if (n <= 3)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "Fisher's interval needs more than 3 pairs.");
        }

        if (Math.Abs(r) >= 1)
        {
            return new ConfidenceInterval(r, r);
        }

        var z = Math.Atanh(r);
        var half = Z975 / Math.Sqrt(n - 3);
        return new ConfidenceInterval(Math.Tanh(z - half), Math.Tanh(z + half));
    }
}
