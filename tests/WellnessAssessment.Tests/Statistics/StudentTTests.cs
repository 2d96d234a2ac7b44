using WellnessAssessment.Statistics;

namespace WellnessAssessment.Tests.Statistics;

public sealed class StudentTTests
{
    // Published two-sided 95% critical values (any t table, e.g. NIST/SEMATECH e-Handbook, table 1.4.2.7).
    [Theory]
    [InlineData(1, 12.7062047361747)]
    [InlineData(2, 4.30265272974946)]
    [InlineData(4, 2.77644510519779)]
    [InlineData(9, 2.26215716279820)]
    [InlineData(29, 2.04522964213270)]
    [InlineData(119, 1.98009988)]
    [InlineData(100000, 1.959988)] // z + (z³ + z) / 4ν
    public void Quantile975_MatchesPublishedTable(int degreesOfFreedom, double expected)
    {
        Assert.Equal(expected, StudentT.Quantile975(degreesOfFreedom), 5);
    }

    [Fact]
    public void Quantile_AtTheMedian_IsZero()
    {
        Assert.Equal(0, StudentT.Quantile(0.5, 3));
    }

    [Fact]
    public void Quantile_WithNoDegreesOfFreedom_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.Quantile975(0));
    }
}
