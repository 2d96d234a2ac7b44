using System.Diagnostics;
using System.Globalization;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

/// <summary>An Azurite of one test that can be stopped (SIGINT, so it saves) and started again on the same port and folder.</summary>
internal sealed class LocalAzurite : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly DirectoryInfo _location = Directory.CreateTempSubdirectory("wellness-azurite-");
    private Process? _process;

    public int Port { get; } = RunApiScript.FreePort();

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public async Task StartAsync()
    {
        var azurite = await NodeModules.EnsureInstalledAsync(AzuriteFixture.FindRoot(), Path.Combine("node_modules", ".bin", "azurite-table"));
        _process = Process.Start(new ProcessStartInfo(azurite, ["--tableHost", "127.0.0.1", "--tablePort", Port.ToString(CultureInfo.InvariantCulture), "--location", _location.FullName, "--skipApiVersionCheck", "--loose", "--silent", "--disableTelemetry"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        for (var attempt = 0; attempt < 300 && !RunApiScript.Listens(Port); attempt++)
        {
            await Task.Delay(100);
        }

        Assert.True(RunApiScript.Listens(Port), "Azurite did not listen within 30 seconds.");
    }

    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!)
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _location.Delete(recursive: true);
    }
}
