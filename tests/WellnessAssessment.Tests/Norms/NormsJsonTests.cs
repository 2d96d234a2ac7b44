using WellnessAssessment.Norms;
using WellnessAssessment.Serialization;
using WellnessAssessment.Testing.Peers;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Norms;

public sealed class NormsJsonTests
{
    private static readonly PeerNorms Norms =
        new PeerNormsBuilder().Build(GeneratedAgencies.Results(seed: 1303, GeneratedAgencies.Sizes(4, 12, 10, 8)));

    [Fact]
    public void Serialize_Norms_HoldNoAgencyIdOrName()
    {
        var json = WellnessJson.Serialize(Norms, indented: true);

        Assert.DoesNotContain("agency-0", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Generated Agency", json, StringComparison.Ordinal);
        Assert.Contains("\"format\": \"wellness-norms/1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"instrument\": {\n    \"id\": \"safer-together\",\n    \"majorVersion\": 2\n  }", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\"sizeBand\": \"11-49\"", json, StringComparison.Ordinal);
        Assert.Contains("\"withheldReason\": \"too-few-agencies\"", json, StringComparison.Ordinal);
        Assert.Contains("\"withheldReason\": \"complementary\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadNorms_OfWrittenNorms_GivesTheSameCells()
    {
        var read = WellnessJson.ReadNorms(WellnessJson.Serialize(Norms));

        Assert.Equal(Norms.Cells, read.Cells);
        Assert.Equal(Norms.Contributions, read.Contributions);
        Assert.Equal(Norms.Instrument, read.Instrument);
    }

    [Fact]
    public void ReadNorms_WithAMinimumBelowFive_NamesTheField()
    {
        var json = WellnessJson.Serialize(Norms).Replace("\"minimumAgencies\":5", "\"minimumAgencies\":3", StringComparison.Ordinal);

        var exception = Assert.Throws<AssessmentValidationException>(() => WellnessJson.ReadNorms(json));

        Assert.Equal("norms", exception.Subject);
        Assert.Contains(exception.Errors, error => error.ToString() == "minimumAgencies: is 3; must be at least 5");
    }

    [Fact]
    public void ReadNorms_WithAPublishedCellOfFourAgencies_NamesTheCell()
    {
        var tampered = Norms with { Cells = [Norms.Cells[0] with { Agencies = 4 }, .. Norms.Cells.Skip(1)] };

        var exception = Assert.Throws<AssessmentValidationException>(() => WellnessJson.ReadNorms(WellnessJson.Serialize(tampered)));

        Assert.Equal("cells[0].agencies: must be at least minimumAgencies (5) in a published cell", Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void ReadNorms_OfAnotherFormat_NamesTheField()
    {
        var exception = Assert.Throws<AssessmentValidationException>(() => WellnessJson.ReadNorms(WellnessJson.Serialize(Norms with { Format = "wellness-norms/9" })));

        Assert.Equal("format: is 'wellness-norms/9'; expected 'wellness-norms/1'", Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void Serialize_ResultWithComparison_WritesItAndResultWithoutLeavesItOut()
    {
        var results = GeneratedAgencies.Results(seed: 1304, GeneratedAgencies.Sizes(0, 7, 0, 0));
        var norms = new PeerNormsBuilder().Build(results.Skip(1));
        var compared = results[0] with { PeerComparison = PeerComparer.Compare(results[0], norms) };

        var withComparison = WellnessJson.Serialize(compared);
        var without = WellnessJson.Serialize(results[0]);

        Assert.Contains("\"peerComparison\":{\"status\":\"compared\",\"norms\":{\"id\":\"safer-together\",\"majorVersion\":2},\"sizeBand\":\"11-49\",\"minimumAgencies\":5,\"overall\":{\"id\":null,", withComparison, StringComparison.Ordinal);
        Assert.DoesNotContain("peerComparison", without, StringComparison.Ordinal);
        Assert.Equal(compared.PeerComparison, WellnessJson.ReadResult(withComparison).PeerComparison! with { Sections = compared.PeerComparison!.Sections, Domains = compared.PeerComparison.Domains });
    }
}
