using WellnessAssessment.Statistics;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Statistics;

public sealed class CronbachAlphaTests
{
    [Fact]
    public void Compute_OnPublishedExample_GivesPublishedAlpha()
    {
        // Ten respondents, four 1–5 items; published alpha 0.674 (worked example "Survey reliability",
        // thinkdeeply.cc, checked there against R psych::alpha).
        var alpha = CronbachAlpha.Compute(PublishedAlphaExample.Rows, 4);

        Assert.NotNull(alpha);
        Assert.Equal(0.674, alpha.Value, 3);
    }

    [Fact]
    public void Compute_ByHand_MatchesFormula()
    {
        // Items (1,2,3) and (1,3,3): item variances 1 and 4/3; totals 2,5,6 → mean 13/3, variance 13/3.
        // alpha = 2/1 · (1 − (1 + 4/3) / (13/3)) = 2 · (1 − 7/13) = 12/13.
        var alpha = CronbachAlpha.Compute([[1, 1], [2, 3], [3, 3]], 2);

        Assert.Equal(12.0 / 13.0, alpha!.Value, 12);
    }

    [Fact]
    public void Compute_WhenTotalsDoNotVary_IsNull()
    {
        Assert.Null(CronbachAlpha.Compute([[2, 2], [2, 2], [2, 2]], 2));
    }

    [Fact]
    public void Compute_WithOneItem_IsNull()
    {
        Assert.Null(CronbachAlpha.Compute([[1.0], [2.0], [3.0]], 1));
    }
}
