using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Tests.Scoring;

public sealed class BandEdgesTests
{
    [Theory]
    [InlineData(0, Band.Initial)]
    [InlineData(19.999, Band.Initial)]
    [InlineData(20, Band.Emerging)]
    [InlineData(39.9, Band.Emerging)]
    [InlineData(40, Band.Developing)]
    [InlineData(60, Band.Established)]
    [InlineData(79.99, Band.Established)]
    [InlineData(80, Band.Leading)]
    [InlineData(100, Band.Leading)]
    public void Classify_UsesHalfOpenIntervalsWithClosedTop(double score, Band expected)
    {
        Assert.Equal(expected, BandEdges.Default.Classify(score));
    }

    [Fact]
    public void Classify_WithoutScore_IsNull()
    {
        Assert.Null(BandEdges.Default.Classify(null));
    }

    [Fact]
    public void Classify_WithCustomEdges_UsesThem()
    {
        var edges = new BandEdges(10, 30, 50, 90);

        Assert.Equal(Band.Developing, edges.Classify(49));
        Assert.Equal(Band.Established, edges.Classify(89.9));
    }
}
