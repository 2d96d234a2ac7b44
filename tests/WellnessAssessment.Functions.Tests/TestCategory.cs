// The test category of every test in this assembly, for `dotnet test --filter Category=api` (see README, "Test it");
// the one publish test is also Category=publish.
[assembly: Xunit.AssemblyTrait("Category", "api")]
