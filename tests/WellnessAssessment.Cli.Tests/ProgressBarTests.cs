using System.Text;
using WellnessAssessment.Cli.Infrastructure;
using WellnessAssessment.Cli.Output;

namespace WellnessAssessment.Cli.Tests;

public sealed class ProgressBarTests
{
    private static async Task<(int ExitCode, string Error)> ImportAsync(int rows, bool terminal)
    {
        var csv = Path.Combine(Path.GetTempPath(), $"wellness-progress-{Guid.NewGuid():N}.csv");
        var text = new StringBuilder("group,training.academy\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append("line-officer,").Append(i % 5).Append('\n');
        }

        await File.WriteAllTextAsync(csv, text.ToString());
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = await WellnessCli.RunAsync(["import", "--csv", csv], new CliConsole(TextReader.Null, output, error, terminal), CancellationToken.None);
            return (exit, error.ToString());
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public async Task Import_OfManyRowsToATerminal_DrawsAProgressBarOnStandardError()
    {
        var (exit, error) = await ImportAsync(6_000, terminal: true);

        Assert.Equal(0, exit);
        Assert.Contains("\rImporting [##############################] 100%", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WhenStandardErrorIsRedirected_DrawsNoProgressBar()
    {
        var (exit, error) = await ImportAsync(6_000, terminal: false);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void ProgressStream_ReadToTheEnd_ReportsEveryPercentUpToAHundred()
    {
        using var error = new StringWriter();
        using var inner = new MemoryStream(new byte[10_000]);
        using var stream = new ProgressStream(inner, new ProgressBar(error, "Reading"));

        var buffer = new byte[1_000];
        while (stream.Read(buffer, 0, buffer.Length) > 0)
        {
        }

        Assert.Equal(
            ["Reading [###...........................]  10%", "Reading [######........................]  20%"],
            error.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries).Take(2));
        Assert.EndsWith("\rReading [##############################] 100%" + Environment.NewLine, error.ToString(), StringComparison.Ordinal);
    }
}
