using WellnessAssessment.Testing;

namespace WellnessAssessment.Functions.Tests;

[CollectionDefinition(Name)]
public sealed class AzuriteTests : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
