using System.Diagnostics;
using System.IO.Compression;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Conventions;

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
}
