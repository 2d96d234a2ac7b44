// The test category of every test in this assembly, for `dotnet test --filter Category=storage` (see README, "Test it").
[assembly: Xunit.AssemblyTrait("Category", "storage")]
