using System.Text.RegularExpressions;
using WellnessAssessment.Instruments;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Conventions;

/// <summary>
/// Reports, console and CLI take every instrument-specific word from the instrument, so the code names nothing of the
/// built-in one: not its title words, not its seed files, not its section or domain ids.
/// </summary>
[Trait("Speed", "slow")] // scans every source file: left out of the fast subset (README), run by ./test.sh
public sealed partial class InstrumentNeutralCodeTests
{
    [Fact]
    public void Code_NamesNoBuiltInWordingSeedFileOrDomainId()
    {
        string[] words = ["Safer Together", "safer-together", "buy-in", "crisis"];
        var ids = InstrumentCatalog.BuiltIn.Instruments
            .SelectMany(instrument => instrument.Sections.Select(s => s.Id).Concat(instrument.Domains.Select(d => d.Id)))
            .Distinct().ToList();
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".js", StringComparison.Ordinal))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var found = new List<string>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var n = 0; n < lines.Length; n++)
            {
                var line = lines[n];
                var where = $"{Path.GetRelativePath(RepositoryPaths.Root, file)}:{n + 1}";
                found.AddRange(words.Where(word => line.Contains(word, StringComparison.OrdinalIgnoreCase)).Select(word => $"{where}: '{word}'"));
                found.AddRange(SeedFileName().Matches(line).Select(match => $"{where}: seed file {match.Value}"));

                // Ids are ordinary words ("training"), so only ids as string literals in code count; comments may use them as examples.
                if (!line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    found.AddRange(ids.Where(id => Regex.IsMatch(line, $"[\"'`]{Regex.Escape(id)}[\"'`.]")).Select(id => $"{where}: id '{id}'"));
                }
            }
        }

        Assert.True(files.Count > 50, $"only {files.Count} code files were searched");
        Assert.Empty(found);
    }

    [GeneratedRegex(@"\b\d{3}_[0-9a-f]{16}\.txt\b")]
    private static partial Regex SeedFileName();
}
