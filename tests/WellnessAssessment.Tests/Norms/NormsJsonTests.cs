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
    public void ReadNorms_WithASmallCellCarryingMoreThanItsMedian_NamesTheCell()
    {
        // The attack of issue 25: a file whose 5-agency cell carries the mean and p10 … p90 gives back all five scores.
        var six = new PeerNormsBuilder().Build(GeneratedAgencies.Results(seed: 1305, GeneratedAgencies.Sizes(0, 6, 0, 0)));
        var index = six.Cells.ToList().FindIndex(cell => cell is { Withheld: false, Agencies: < 10 });
        var small = six.Cells[index];
        var unrounded = six with { Cells = [.. six.Cells.Select((cell, i) => i == index ? cell with { P50 = cell.P50 + 0.25 } : cell)] };
        var tampered = six with { Cells = [.. six.Cells.Select((cell, i) => i == index ? cell with { Mean = 50, P10 = 1, P25 = 2, P75 = 98, P90 = 99 } : cell)] };

        var exception = Assert.Throws<AssessmentValidationException>(() => WellnessJson.ReadNorms(WellnessJson.Serialize(tampered)));
        var rounding = Assert.Throws<AssessmentValidationException>(() => WellnessJson.ReadNorms(WellnessJson.Serialize(unrounded)));

        Assert.Equal($"cells[{index}]: a cell of {small.Agencies} agencies publishes the median only (5–9 agencies: the median; 10–19: the quartiles; 20 or more: p10 … p90 and the mean)", Assert.Single(exception.Errors).ToString());
        Assert.Equal($"cells[{index}].p50: a median of fewer than 10 agencies is rounded to whole points", Assert.Single(rounding.Errors).ToString());
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
