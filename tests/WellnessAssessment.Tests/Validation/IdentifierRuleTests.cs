using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Validation;

/// <summary>The id rule ends at the end of the text: `$` would also accept a trailing newline.</summary>
public sealed class IdentifierRuleTests
{
    [Theory]
    [InlineData("a-zzzzzz\n")]
    [InlineData("a-zzzzzz\r\n")]
    [InlineData("\na-zzzzzz")]
    [InlineData("a zz")]
    [InlineData("")]
    public void IsValid_RefusesAnyTextBeyondTheAllowedCharacters(string id)
    {
        Assert.False(Identifiers.IsValid(id));
    }

    [Theory]
    [InlineData("a-zzzzzz")]
    [InlineData("springfield-pd")]
    [InlineData("A.b_c-9")]
    public void IsValid_AcceptsIdsOfTheAllowedCharacters(string id)
    {
        Assert.True(Identifiers.IsValid(id));
    }
}
