namespace WellnessAssessment.Statistics;

/// <summary>Quantiles of Student's t distribution, from its CDF (regularized incomplete beta) by bisection.</summary>
internal static class StudentT
{
    /// <summary>The two-sided 95% critical value t(0.975, df).</summary>
    public static double Quantile975(int degreesOfFreedom) => Quantile(0.975, degreesOfFreedom);

    /// <summary>The <paramref name="p"/>-quantile (0.5 ≤ p &lt; 1) of Student's t with <paramref name="degreesOfFreedom"/> ≥ 1.</summary>
    public static double Quantile(double p, int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);
        if (p is < 0.5 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "Only upper quantiles 0.5 ≤ p < 1 are supported.");
        }

        if (p == 0.5)
        {
            return 0;
        }

        // Upper tail area 1 − p equals I_{v/(v+t²)}(v/2, 1/2) / 2; find t by bisection on a bracket that always holds it.
        double df = degreesOfFreedom;
        var tail = 2 * (1 - p);
        double low = 0, high = 1;
        while (UpperTwoSidedArea(high, df) > tail)
        {
            high *= 2;
        }

        for (var iteration = 0; iteration < 200 && high - low > 1e-13 * Math.Max(1, high); iteration++)
        {
            var middle = 0.5 * (low + high);
            if (UpperTwoSidedArea(middle, df) > tail)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return 0.5 * (low + high);
    }

    /// <summary>P(|T| ≥ t) for t ≥ 0.</summary>
    private static double UpperTwoSidedArea(double t, double df) =>
        IncompleteBeta.Regularized(df / (df + t * t), df / 2, 0.5);
}
