using Microsoft.Extensions.DependencyInjection;
using WellnessAssessment.Instruments;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddWellnessAssessment_RegistersScorerCatalogAndOptions()
    {
        var options = new ScoringOptions { MinimumGroupSize = 7 };
        using var provider = new ServiceCollection().AddWellnessAssessment(options).BuildServiceProvider();

        Assert.Same(options, provider.GetRequiredService<ScoringOptions>());
        Assert.Same(options, provider.GetRequiredService<AssessmentScorer>().Options);
        Assert.Same(InstrumentCatalog.BuiltIn, provider.GetRequiredService<InstrumentCatalog>());
    }

    [Fact]
    public void AddWellnessAssessment_KeepsACatalogRegisteredBefore()
    {
        var custom = new InstrumentCatalog([Fixtures.SmallInstrument.Create()]);
        using var provider = new ServiceCollection().AddSingleton(custom).AddWellnessAssessment().BuildServiceProvider();

        Assert.Same(custom, provider.GetRequiredService<InstrumentCatalog>());
        Assert.Same(ScoringOptions.Default, provider.GetRequiredService<AssessmentScorer>().Options);
    }
}
