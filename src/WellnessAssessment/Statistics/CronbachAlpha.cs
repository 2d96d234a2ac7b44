namespace WellnessAssessment.Statistics;

/// <summary>
/// Cronbach's alpha, <c>k/(k−1) · (1 − Σ s_i² / s_T²)</c> with sample variances, accumulated one complete row
/// (one respondent's raw answers to every item of a domain) at a time.
/// </summary>
internal sealed class CronbachAlpha
{
    private readonly RunningMoments[] _items;
    private RunningMoments _totals;

    public CronbachAlpha(int itemCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(itemCount, 1);
        _items = new RunningMoments[itemCount];
    }

    /// <summary>The number of rows added.</summary>
    public int Count => _totals.Count;

    public void Add(ReadOnlySpan<double> row)
    {
        double total = 0;
        for (var i = 0; i < _items.Length; i++)
        {
            _items[i].Add(row[i]);
            total += row[i];
        }

        _totals.Add(total);
    }

    /// <summary>Alpha, or <see langword="null"/> with fewer than 2 items or 2 rows, or when the totals do not vary.</summary>
    public double? Value
    {
        get
        {
            if (_items.Length < 2 || _totals.SampleVariance is not { } totalVariance || totalVariance <= 0)
            {
                return null;
            }

            double sumOfItemVariances = 0;
            foreach (var item in _items)
            {
                sumOfItemVariances += item.SampleVariance!.Value;
            }

            var k = _items.Length;
            return k / (k - 1.0) * (1 - sumOfItemVariances / totalVariance);
        }
    }

    /// <summary>Alpha of the given complete rows.</summary>
    public static double? Compute(IEnumerable<double[]> rows, int itemCount)
    {
        var alpha = new CronbachAlpha(itemCount);
        foreach (var row in rows)
        {
            alpha.Add(row);
        }

        return alpha.Value;
    }
}
