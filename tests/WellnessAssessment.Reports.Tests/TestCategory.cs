// The test category of every test in this assembly, for `dotnet test --filter Category=unit` (see README, "Test it").
[assembly: Xunit.AssemblyTrait("Category", "unit")]
