using System.Diagnostics;
using System.Text.Json.Nodes;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Functions.Tests;

/// <summary>`dotnet publish src/WellnessAssessment.Functions` gives a folder that deploys as it is (zip deploy).</summary>
[Trait("Category", "publish")]
public sealed class PublishTests
{
    [Fact]
    public void Publish_IsADeployableIsolatedWorkerApp_WithThePagesAndTheContract()
    {
        var root = AzuriteFixture.FindRoot();
        var output = Directory.CreateTempSubdirectory("wellness-functions-");
        try
        {
            // --no-build: the worker was built in this configuration as a reference of this test project.
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var (exitCode, log) = Run("dotnet", ["publish", Path.Combine(root, "src", "WellnessAssessment.Functions"), "-c", configuration, "--no-build", "-o", output.FullName, "--nologo"]);
            Assert.True(exitCode == 0, log);

            string File(params string[] parts) => Path.Combine([output.FullName, .. parts]);
            foreach (var required in new[] { "host.json", "functions.metadata", "worker.config.json", "extensions.json", "WellnessAssessment.Functions.dll", "WellnessAssessment.Service.dll", "WellnessAssessment.Http.dll" })
            {
                Assert.True(System.IO.File.Exists(File(required)), $"{required} is missing from the publish folder");
            }

            Assert.True(System.IO.File.Exists(File("wwwroot", "survey", "index.html")));
            Assert.True(System.IO.File.Exists(File("wwwroot", "console", "index.html")));
            Assert.True(System.IO.File.Exists(File("openapi", "v1.json")));
            Assert.False(Directory.Exists(File("catchall")), "the custom handler's catch-all function is gone");

            var worker = JsonNode.Parse(System.IO.File.ReadAllText(File("worker.config.json")))!["description"]!;
            Assert.Equal("dotnet-isolated", (string)worker["language"]!);
            Assert.Equal("WellnessAssessment.Functions.dll", (string)worker["defaultWorkerPath"]!);
            var host = JsonNode.Parse(System.IO.File.ReadAllText(File("host.json")))!;
            Assert.Null(host["customHandler"]);
            Assert.Equal(System.IO.File.ReadAllText(Path.Combine(root, "host.json")), System.IO.File.ReadAllText(File("host.json")));
            var metadata = JsonNode.Parse(System.IO.File.ReadAllText(File("functions.metadata")))!.AsArray();
            Assert.All(metadata, function => Assert.Equal("WellnessAssessment.Functions.dll", (string)function!["scriptFile"]!));
            Assert.Contains(metadata, function => (string)function!["name"]! == "GetHealth");
            Assert.Contains(metadata, function => (string)function!["name"]! == "StagingCleanup");
            Assert.Equal(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")), System.IO.File.ReadAllText(File("functions.metadata")));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static (int ExitCode, string Output) Run(string file, string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
