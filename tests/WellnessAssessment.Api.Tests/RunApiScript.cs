using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

/// <summary>
/// <c>run-api.sh</c> as a user starts it, in its own session (like a terminal's foreground job), with its data in a
/// temporary folder and free ports; the API is the one this test project built (<c>RUN_API_NO_BUILD=1</c>).
/// </summary>
internal sealed class RunApiScript : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private RunApiScript(Process process, string dataDirectory, int apiPort)
    {
        _process = process;
        DataDirectory = dataDirectory;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{apiPort}"), Timeout = TimeSpan.FromSeconds(30) };
        _process.OutputDataReceived += (_, line) => Append(line.Data);
        _process.ErrorDataReceived += (_, line) => Append(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string DataDirectory { get; }

    public HttpClient Client { get; }

    public string AdminKey => File.ReadAllText(Path.Combine(DataDirectory, "admin-key")).Trim();

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the script and waits until the API answers.</summary>
    public static async Task<RunApiScript> StartAsync(string dataDirectory, int apiPort, int tablePort)
    {
        var root = AzuriteFixture.FindRoot();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

        // setsid: the script leads its own process group, as a shell's foreground job does, so the test can send it
        // the terminal's Ctrl+C (SIGINT to the whole group) without reaching the test host.
        var start = new ProcessStartInfo("setsid", ["bash", Path.Combine(root, "run-api.sh")])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["API_PORT"] = apiPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["TABLE_PORT"] = tablePort.ToString(CultureInfo.InvariantCulture);
        start.Environment["WELLNESS_DATA_DIR"] = dataDirectory;
        start.Environment["CONFIGURATION"] = configuration;
        start.Environment["RUN_API_NO_BUILD"] = "1";
        var script = new RunApiScript(Process.Start(start) ?? throw new InvalidOperationException("run-api.sh did not start."), dataDirectory, apiPort);

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (script._process.HasExited)
            {
                throw new InvalidOperationException($"run-api.sh exited with {script._process.ExitCode}:\n{script.Output}");
            }

            try
            {
                if ((await script.Client.GetAsync(new Uri("/api/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return script;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        await script.DisposeAsync();
        throw new InvalidOperationException($"run-api.sh did not answer within 90 seconds:\n{script.Output}");
    }

    /// <summary>Sends <paramref name="signal"/> (INT to the process group, as Ctrl+C does; TERM to the script, as <c>kill</c> does) and waits for the script to end.</summary>
    public async Task<int> StopAsync(string signal)
    {
        var target = signal == "INT" ? $"-{_process.Id}" : _process.Id.ToString(CultureInfo.InvariantCulture);
        using (var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", "--", target]) { UseShellExecute = false })!)
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>Stops only the API (its process group), as when it exits by itself, and waits for the script to end.</summary>
    public async Task<int> StopApiAsync()
    {
        using var ps = Process.Start(new ProcessStartInfo("ps", ["-o", "pid=,comm=", "--ppid", _process.Id.ToString(CultureInfo.InvariantCulture)]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var children = await ps.StandardOutput.ReadToEndAsync();
        await ps.WaitForExitAsync();
        var api = children.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries))
            .Single(fields => fields[1] == "dotnet")[0];
        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", "--", "-" + api]) { UseShellExecute = false })!)
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static bool Listens(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            // A test that failed half-way: stop the script the way a user would, so it stops its children.
            await StopAsync("TERM");
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
