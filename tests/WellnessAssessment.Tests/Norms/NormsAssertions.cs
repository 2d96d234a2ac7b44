using WellnessAssessment.Norms;

namespace WellnessAssessment.Tests.Norms;

/// <summary>Checks that published norm cells cannot be combined to describe fewer than the minimum number of agencies.</summary>
internal static class NormsAssertions
{
    public static void NoCellRecoverable(PeerNorms norms)
    {
        var k = norms.MinimumAgencies;
        foreach (var all in norms.Cells.Where(cell => cell.SizeBand is null))
        {
            var bands = norms.Cells.Where(cell => cell.Scope == all.Scope && cell.Id == all.Id && cell.SizeBand is not null).ToArray();
            Assert.All(bands.Where(band => !band.Withheld), band => Assert.True(band.Agencies >= k, $"{all.Scope} {all.Id} {band.SizeBand}: {band.Agencies} agencies"));
            if (all.Withheld)
            {
                Assert.All(bands, band => Assert.True(band.Withheld));
                continue;
            }

            Assert.True(all.Agencies >= k);

            // Every published pair: all agencies minus one band.
            foreach (var band in bands.Where(band => !band.Withheld))
            {
                var difference = all.Agencies!.Value - band.Agencies!.Value;
                Assert.True(difference == 0 || difference >= k, $"{all.Scope} {all.Id}: all minus {band.SizeBand} leaves {difference} agencies");
            }

            // All published cells together: all agencies minus every published band.
            var hidden = all.Agencies!.Value - bands.Where(band => !band.Withheld).Sum(band => band.Agencies!.Value);
            Assert.True(hidden == 0 || hidden >= k, $"{all.Scope} {all.Id}: all minus the published bands leaves {hidden} agencies");
        }
    }
}
