using WellnessAssessment.Service.Register;

namespace WellnessAssessment.Service.Tests;

/// <summary>The register's entity tags: a strong tag of the store version, and the version an If-Match names.</summary>
[Trait("Category", "unit")]
public sealed class ActionVersionsTests
{
    private const string StoreVersion = "W/\"datetime'2026-01-22T15%3A00%3A00.000Z'\"";

    [Fact]
    public void EntityTag_IsTheQuotedBase64UrlOfTheVersion_AndIfMatchGivesTheVersionBack()
    {
        var tag = ActionVersions.EntityTag(StoreVersion);

        Assert.Equal("\"Vy8iZGF0ZXRpbWUnMjAyNi0wMS0yMlQxNSUzQTAwJTNBMDAuMDAwWici\"", tag);
        Assert.Equal(StoreVersion, ActionVersions.FromIfMatch(tag));
        Assert.Equal(StoreVersion, ActionVersions.FromIfMatch($" {tag} , \"other\""));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("\"\"")]
    [InlineData("W/\"VyJ4Ig\"")]
    [InlineData("VyJ4Ig")]
    [InlineData("\"VyJ4Ig\" trailing")]
    [InlineData("\"unterminated")]
    [InlineData("\"not-a-version\"")]
    public void IfMatch_ThatNamesNoVersionWeIssued_GivesNone(string? ifMatch) =>
        Assert.Null(ActionVersions.FromIfMatch(ifMatch));
}
