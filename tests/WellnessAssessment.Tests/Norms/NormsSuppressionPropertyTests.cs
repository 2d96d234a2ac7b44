using CsCheck;
using WellnessAssessment.Norms;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Norms;

public sealed class NormsSuppressionPropertyTests
{
    /// <summary>An agency: its size band (4 = unknown), its two domain scores (the second sometimes missing).</summary>
    private static readonly Gen<(int Band, double First, double? Second)> AgencyGen =
        Gen.Select(Gen.Int[0, 4], Gen.Double[0, 100], Gen.Double[0, 100].Nullable(0.2), (band, first, second) => (band, first, second));

    private static readonly Gen<((int Band, double First, double? Second)[] Agencies, int Minimum)> ScenarioGen =
        Gen.Select(AgencyGen.Array[1, 60], Gen.Int[5, 9], (agencies, minimum) => (agencies, minimum));

    [Fact]
    public void Build_NeverPublishesCellsFromWhichFewerThanTheMinimumAgenciesCanBeRecovered()
    {
        ScenarioGen.Sample(scenario =>
        {
            var results = scenario.Agencies
                .Select((agency, i) => SyntheticResults.Create($"a{i}", agency.Band == 4 ? null : (AgencySize)agency.Band, agency.First, agency.Second))
                .ToArray();

            var norms = new PeerNormsBuilder(new NormsOptions { MinimumAgencies = scenario.Minimum }).Build(results);

            NormsAssertions.NoCellRecoverable(norms);
        }, iter: 2000);
    }

    [Fact]
    public void Build_NeverWithholdsABandWithoutNeed()
    {
        ScenarioGen.Sample(scenario =>
        {
            var results = scenario.Agencies
                .Select((agency, i) => SyntheticResults.Create($"a{i}", agency.Band == 4 ? null : (AgencySize)agency.Band, agency.First, agency.Second))
                .ToArray();

            var norms = new PeerNormsBuilder(new NormsOptions { MinimumAgencies = scenario.Minimum }).Build(results);

            // A complementary withholding happens only when unknown sizes and small bands together hold 1 to k − 1 agencies.
            var bands = Enum.GetValues<AgencySize>();
            var counts = bands.Select(band => scenario.Agencies.Count(a => a.Band == (int)band)).ToArray();
            var unknown = scenario.Agencies.Count(a => a.Band == 4);
            var primaryHidden = unknown + counts.Where(count => count < scenario.Minimum).Sum();
            var complementary = norms.Cells.Count(cell => cell.Scope == NormScope.Domain && cell.Id == "d1" && cell.WithheldReason == NormWithholdReason.Complementary);
            if (primaryHidden == 0 || primaryHidden >= scenario.Minimum)
            {
                Assert.Equal(0, complementary);
            }
        }, iter: 2000);
    }
}
