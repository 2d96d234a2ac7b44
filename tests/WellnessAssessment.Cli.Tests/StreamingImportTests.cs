using System.Text;
using WellnessAssessment.Cli.Import;
using WellnessAssessment.Responses;
using WellnessAssessment.Serialization;

namespace WellnessAssessment.Cli.Tests;

/// <summary>The import streams rows into the JSON: its output must be the core's bytes, and all or nothing.</summary>
public sealed class StreamingImportTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wellness-stream-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ResponseSetJsonWriter_WritesTheBytesOfTheCoresSerializer(bool withAgency)
    {
        var set = new ResponseSet
        {
            Instrument = new("safer-together", "2.0.0"),
            Agency = withAgency ? new AgencyInfo("anasco-pd", "Añasco Police Department") : null,
            Responses =
            [
                new Response { RespondentId = "r1", Group = "line-officer", Answers = new Dictionary<string, Answer> { ["training.academy"] = Answer.Level(3), ["training.fto"] = Answer.DontKnow } },
                new Response { RespondentId = "r2", Group = "executive", Answers = new Dictionary<string, Answer> { ["training.fto"] = Answer.NotApplicable } },
            ],
        };
        using var expected = new MemoryStream();
        WellnessJson.Serialize(expected, set, indented: true);

        using var actual = new MemoryStream();
        using (var writer = new ResponseSetJsonWriter(actual, set.Instrument, set.Agency))
        {
            foreach (var response in set.Responses)
            {
                writer.Write(response);
            }

            writer.Complete();
        }

        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), Encoding.UTF8.GetString(actual.ToArray()));
    }

    [Fact]
    public async Task Import_ToStandardOutput_WithABadRowAfterGoodOnes_PrintsNoJsonAtAll()
    {
        var csv = Write("group,training.academy\n" + string.Concat(Enumerable.Repeat("line-officer,3\n", 2_000)) + "line-officer,9\n");

        var run = await CliRun.RunAsync("import", "--csv", csv);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("row 2002, column \"training.academy\": 9 is off the scale (0–4)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WithMoreThanAThousandProblems_ListsTheFirstThousandAndCountsTheRest()
    {
        var csv = Write("group,training.academy\n" + string.Concat(Enumerable.Repeat("line-officer,9\n", 1_250)));

        var run = await CliRun.RunAsync("import", "--csv", csv);

        Assert.Equal(2, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(CsvResponseImporter.MaxListedProblems, lines.Count(line => line.Contains("is off the scale", StringComparison.Ordinal)));
        Assert.Contains(lines, line => line.EndsWith("… and 250 more problems (the first 1000 are listed); fix these and run the import again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_FromStandardInput_LeavesNoTemporaryFileBehind()
    {
        var before = Directory.GetFiles(Path.GetTempPath(), "wellness-stdin-*").Length;

        var run = await CliRun.RunWithInputAsync("group,training.academy\nline-officer,3\n", "import", "--csv", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Single(WellnessJson.ReadResponseSet(run.Out).Responses);
        Assert.Equal(before, Directory.GetFiles(Path.GetTempPath(), "wellness-stdin-*").Length);
    }

    private string Write(string text)
    {
        var path = Path.Combine(_folder.FullName, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
