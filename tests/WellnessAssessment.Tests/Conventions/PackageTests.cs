using System.Diagnostics;
using System.IO.Compression;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Conventions;

[Trait("Speed", "slow")] // runs dotnet pack: left out of the fast subset (README), run by ./test.sh
public sealed class PackageTests
{
    [Fact]
    public void Pack_YieldsAPackageWithReadmeDocsInstrumentLicenceAndSymbols()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var output = Directory.CreateTempSubdirectory("wellness-pack-");
        try
        {
            var project = Path.Combine(RepositoryPaths.Root, "src", "WellnessAssessment", "WellnessAssessment.csproj");
            var start = new ProcessStartInfo("dotnet", ["pack", project, "-c", configuration, "--no-build", "--nologo", "-o", output.FullName])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var log = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, log);

            var package = Assert.Single(output.GetFiles("WellnessAssessment.*.nupkg"), f => !f.Name.EndsWith(".snupkg", StringComparison.Ordinal));
            Assert.Single(output.GetFiles("WellnessAssessment.*.snupkg"));
            using var zip = ZipFile.OpenRead(package.FullName);
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("README.md", entries);
            Assert.Contains("lib/net10.0/WellnessAssessment.dll", entries);
            Assert.Contains("lib/net10.0/WellnessAssessment.xml", entries);
            Assert.Contains("content/assessments/safer-together.v1.json", entries);
            Assert.Contains("content/assessments/instrument.schema.json", entries);

            using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            var manifest = nuspec.ReadToEnd();
            Assert.Contains("<license type=\"expression\">MIT</license>", manifest, StringComparison.Ordinal);
            Assert.Contains("<readme>README.md</readme>", manifest, StringComparison.Ordinal);
            Assert.Contains("<repository type=\"git\"", manifest, StringComparison.Ordinal);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Package validation (eng/PackageValidation.targets) runs in the core's pack: MSBuild's detailed log shows its target
    /// built, and the pack succeeds. Before the first ship there is no baseline, so it checks the package itself; once
    /// scripts/ship-api.sh stores one, the same target compares every later pack against it.
    /// </summary>
    [Fact]
    public void Pack_RunsPackageValidation()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var project = Path.Combine(RepositoryPaths.Root, "src", "WellnessAssessment", "WellnessAssessment.csproj");
        var output = Directory.CreateTempSubdirectory("wellness-validate-");
        try
        {
            var pack = Pack(project, configuration, output.FullName);

            Assert.True(pack.ExitCode == 0, pack.Log);
            Assert.Contains("Done building target \"RunPackageValidation\"", pack.Log, StringComparison.Ordinal);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static (int ExitCode, string Log) Pack(string project, string configuration, string output)
    {
        var start = new ProcessStartInfo("dotnet", ["pack", project, "-c", configuration, "--no-build", "--nologo", "-o", output, "-v:d"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var log = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, log);
    }
}
