using WellnessAssessment.Testing;

namespace WellnessAssessment.Service.Tests;

[CollectionDefinition(Name)]
public sealed class AzuriteTests : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
