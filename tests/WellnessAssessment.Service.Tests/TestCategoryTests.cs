using System.Reflection;

namespace WellnessAssessment.Service.Tests;

/// <summary>
/// This assembly mixes store-free and Azurite tests, so each class names its category (the other test assemblies carry
/// one for all their tests): a class without one would be left out of every <c>--filter Category=…</c> run.
/// </summary>
[Trait("Category", "unit")]
public sealed class TestCategoryTests
{
    private static readonly string[] Categories = ["unit", "storage", "api", "browser"];

    [Fact]
    public void EveryTestClass_NamesOneKnownCategory()
    {
        var classes = typeof(TestCategoryTests).Assembly.GetTypes()
            .Where(type => type.GetMethods().Any(method => method.GetCustomAttributes<FactAttribute>().Any()))
            .ToList();

        var without = classes
            .Where(type => type.GetCustomAttributes<TraitAttribute>().Count() != 1 || !Categories.Contains(CategoryOf(type) ?? string.Empty))
            .Select(type => type.Name)
            .ToList();

        Assert.True(classes.Count >= 10, $"Only {classes.Count} test classes found.");
        Assert.Empty(without);
    }

    // TraitAttribute keeps its name and value only in the attribute data.
    private static string? CategoryOf(Type type) =>
        type.GetCustomAttributesData()
            .Where(data => data.AttributeType == typeof(TraitAttribute) && (string?)data.ConstructorArguments[0].Value == "Category")
            .Select(data => (string?)data.ConstructorArguments[1].Value)
            .SingleOrDefault();
}
