using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WellnessAssessment.Testing;

/// <summary>
/// A real Azurite Table service from the repository's own npm install (<c>npm ci</c> at the root), on a free loopback
/// port with in-memory storage. Every fixture of one test process shares the same Azurite, started by the first and
/// stopped when the process exits (not when a fixture is disposed: a class fixture would otherwise restart it for the
/// next class), so test classes can each hold a fixture and run in parallel; tests keep their data apart with their
/// own table prefix (<see cref="UniquePrefix"/>), agencies and cycles.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly SemaphoreSlim Shared = new(1, 1);
    private static Process? s_process;
    private static int s_port;

    public int Port { get; private set; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public async Task InitializeAsync()
    {
        await Shared.WaitAsync();
        try
        {
            if (s_process is null || s_process.HasExited)
            {
                s_process?.Dispose();
                s_process = null;
                (s_process, s_port) = await StartAsync();
                var started = s_process;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(started);
            }

            Port = s_port;
        }
        finally
        {
            Shared.Release();
        }
    }

    /// <summary>Nothing to do: the shared Azurite lives until the test process exits.</summary>
    public Task DisposeAsync() => Task.CompletedTask;

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static async Task<(Process Process, int Port)> StartAsync()
    {
        var root = FindRoot();
        var azurite = await NodeModules.EnsureInstalledAsync(root, Path.Combine("node_modules", ".bin", "azurite-table"));

        var port = FreePort();
        var start = new ProcessStartInfo(azurite, ["--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--silent"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(120); // generous: a busy 2-core machine starts node slowly
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return (process, port);
            }
            catch (SocketException)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {process.ExitCode}.");
                }

                await Task.Delay(100);
            }
        }

        process.Kill(entireProcessTree: true);
        process.Dispose();
        throw new InvalidOperationException($"Azurite did not listen on port {port} within 120 seconds.");
    }

    public static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WellnessAssessment.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found.");
    }

    /// <summary>A table-name prefix unique to one test, so tests share Azurite without sharing data.</summary>
    public static string UniquePrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
