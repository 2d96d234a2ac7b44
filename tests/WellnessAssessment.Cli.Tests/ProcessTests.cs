using System.Diagnostics;
using System.IO.Compression;

namespace WellnessAssessment.Cli.Tests;

[Trait("Speed", "slow")] // starts the tool as processes and packs it: left out of the fast subset (README), run by ./test.sh
public sealed class ProcessTests
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "wellness.dll");

    private static (int ExitCode, string Out, string Error) Run(params string[] args) => RunWithInput(null, args);

    private static (int ExitCode, string Out, string Error) RunWithInput(byte[]? standardInput, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Tool, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.BaseStream.Write(standardInput);
        }

        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void Tool_AsAProcess_ImportsACsvWithABomFromStandardInput()
    {
        var csv = File.ReadAllBytes(CliRun.Fixture("forms-export-bom-semicolons-labels-blanks.csv"));

        var import = RunWithInput(csv, "import", "--csv", "-", "--ignore-column", "Timestamp", "--agency-name", "Añasco Police Department");

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(string.Empty, import.Error);
        var set = WellnessAssessment.Serialization.WellnessJson.ReadResponseSet(import.Out);
        Assert.Equal("Añasco Police Department", set.Agency!.Name);
        Assert.Equal(["a1", "a2", "a3"], set.Responses.Select(r => r.RespondentId));
    }

    [Fact]
    public void Tool_AsAProcess_ImportsAndScores()
    {
        var folder = Directory.CreateTempSubdirectory("wellness-e2e-");
        try
        {
            var responses = Path.Combine(folder.FullName, "responses.json");
            var import = Run("import", "--csv", CliRun.Fixture("forms-export-bom-semicolons-labels-blanks.csv"), "--ignore-column", "Timestamp", "-o", responses);
            var score = Run("score", "--responses", responses, "--purpose", "leadership-self-assessment", "--format", "text");

            Assert.Equal(0, import.ExitCode);
            Assert.Equal($"Imported 3 responses from {CliRun.Fixture("forms-export-bom-semicolons-labels-blanks.csv")} into {responses}.", import.Error.TrimEnd());
            Assert.Equal(0, score.ExitCode);
            Assert.Contains("safer-together 1.0.0 — 3 respondents", score.Out, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Tool_AsAProcess_BadInputExits2WithoutStackTrace()
    {
        var result = Run("score", "--responses", CliRun.Fixture("binary.csv"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"{CliRun.Fixture("binary.csv")}: this is not a text file (it contains binary data); expected a response set (JSON).", result.Error.TrimEnd());
    }

    [Fact]
    public void Pack_YieldsADotnetToolPackageWithTheWellnessCommand()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "WellnessAssessment.sln")))
        {
            root = Path.GetDirectoryName(root)!;
        }

        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var output = Directory.CreateTempSubdirectory("wellness-tool-pack-");
        try
        {
            var start = new ProcessStartInfo("dotnet", ["pack", Path.Combine(root, "src", "WellnessAssessment.Cli"), "-c", configuration, "--no-build", "--nologo", "-o", output.FullName])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var log = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, log);

            var package = Assert.Single(output.GetFiles("WellnessAssessment.Cli.*.nupkg"), f => !f.Name.EndsWith(".snupkg", StringComparison.Ordinal));
            using var zip = ZipFile.OpenRead(package.FullName);
            var settings = zip.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
            using var reader = new StreamReader(settings.Open());
            Assert.Contains("<Command Name=\"wellness\" EntryPoint=\"wellness.dll\"", reader.ReadToEnd(), StringComparison.Ordinal);
            Assert.Contains(zip.Entries, e => e.FullName == "README.md");
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
