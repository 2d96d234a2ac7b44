using WellnessAssessment.Instruments;
using WellnessAssessment.Participation;
using WellnessAssessment.Serialization;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Participation;

public sealed class HeadcountsValidationTests
{
    private static Instrument Version2 => InstrumentCatalog.BuiltIn.Find("safer-together", "2.0.0")!;

    [Fact]
    public void Validate_KnownGroupsInRange_AndATotalAtLeastTheirSum_HasNoProblems()
    {
        var headcounts = new Headcounts { Total = 130, Groups = new Dictionary<string, int> { ["line-officer"] = 80, ["dispatcher"] = 12 } };

        Assert.Empty(HeadcountsValidation.Validate(headcounts, Version2));
    }

    [Fact]
    public void Validate_UnknownGroup_NamesItAndTheInstrumentsGroups()
    {
        var errors = HeadcountsValidation.Validate(new Headcounts { Groups = new Dictionary<string, int> { ["patrol"] = 10 } }, Version2);

        Assert.Equal([new ValidationError("headcounts.groups.patrol", "is not a respondent group of safer-together 2.0.0 (groups: executive, command-staff, first-line-supervisor, fto, line-officer, dispatcher, civilian)")], errors);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(1_000_001)]
    public void Validate_HeadcountOutOfRange_SaysTheRange(int headcount)
    {
        var errors = HeadcountsValidation.Validate(new Headcounts { Total = headcount, Groups = new Dictionary<string, int> { ["fto"] = headcount } }, Version2, "body.headcounts");

        Assert.Equal(
            [new ValidationError("body.headcounts.total", "must be a whole number from 1 to 1000000"), new ValidationError("body.headcounts.groups.fto", "must be a whole number from 1 to 1000000")],
            errors);
    }

    [Fact]
    public void Validate_TotalBelowTheGroupsTogether_IsAProblemOnTheTotal()
    {
        var errors = HeadcountsValidation.Validate(new Headcounts { Total = 50, Groups = new Dictionary<string, int> { ["line-officer"] = 40, ["dispatcher"] = 12 } }, Version2);

        Assert.Equal([new ValidationError("headcounts.total", "is 50, fewer than the groups' headcounts together (52)")], errors);
    }

    [Fact]
    public void ReadHeadcounts_ReadsTheWireFormat()
    {
        using var json = new MemoryStream("""{"total": 120, "groups": {"line-officer": 80, "dispatcher": 12}}"""u8.ToArray());

        var headcounts = WellnessJson.ReadHeadcounts(json);

        Assert.Equal(120, headcounts.Total);
        Assert.Equal(new Dictionary<string, int> { ["line-officer"] = 80, ["dispatcher"] = 12 }, headcounts.Groups);
    }

    [Fact]
    public void ReadHeadcounts_FractionalHeadcount_IsAProblemAtItsPath()
    {
        using var json = new MemoryStream("""{"groups": {"fto": 2.5}}"""u8.ToArray());

        var exception = Assert.Throws<AssessmentValidationException>(() => WellnessJson.ReadHeadcounts(json));

        Assert.Equal("groups.fto", exception.Errors[0].Path);
    }

    [Theory]
    [InlineData("""{"total": 50}""")]
    [InlineData("""{"total": 50, "groups": null}""")]
    public void ReadHeadcounts_WithoutGroups_HasNoGroupHeadcounts(string text)
    {
        using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

        var headcounts = WellnessJson.ReadHeadcounts(json);

        Assert.Equal((50, 0), (headcounts.Total, headcounts.Groups.Count));
    }
}
