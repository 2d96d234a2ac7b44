using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Benchmarks.Load;

/// <summary>
/// The API as users run it: its own process on Kestrel (loopback, a free port), built in the same configuration as this
/// program, over the given Azurite. Its console output is drained and dropped. Killed on dispose.
/// </summary>
internal sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ApiProcess(Process process, Uri baseAddress, string tablePrefix)
    {
        _process = process;
        BaseAddress = baseAddress;
        TablePrefix = tablePrefix;
    }

    public Uri BaseAddress { get; }

    /// <summary>The table prefix the API stores under, for reading the store directly afterwards.</summary>
    public string TablePrefix { get; }

    public static async Task<ApiProcess> StartAsync(AzuriteFixture azurite, string adminKey, CancellationToken cancellationToken)
    {
        var root = AzuriteFixture.FindRoot();
        var configuration = typeof(ApiProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        // WELLNESS_API_DLL measures another build of the API (for example a copy of main's) with the same generator.
        var dll = Environment.GetEnvironmentVariable("WELLNESS_API_DLL") is { Length: > 0 } other
            ? other
            : Path.Combine(root, "src", "WellnessAssessment.Api", "bin", configuration, "net10.0", "WellnessAssessment.Api.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The API is not built at {dll}.");
        }

        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", baseAddress.ToString().TrimEnd('/')])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Wellness__AdminKey"] = adminKey;
        start.Environment["Wellness__Storage__ConnectionString"] = azurite.ConnectionString;
        var prefix = AzuriteFixture.UniquePrefix();
        start.Environment["Wellness__Storage__TablePrefix"] = prefix;
        // The load comes from one address: lift the per-address and per-link submission limits meant for real traffic.
        start.Environment["Wellness__Submissions__PerAddressPerMinute"] = "1000000";
        start.Environment["Wellness__Submissions__PerLinkPerMinute"] = "1000000";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The API did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var api = new ApiProcess(process, baseAddress, prefix);
        await api.WaitUntilHealthyAsync(cancellationToken).ConfigureAwait(false);
        return api;
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with code {_process.ExitCode}.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("api/health/ready", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Not listening yet, or too slow to answer on a busy machine: ask again.
            }

            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }

        throw new InvalidOperationException("The API did not answer /api/health/ready within 120 seconds.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
