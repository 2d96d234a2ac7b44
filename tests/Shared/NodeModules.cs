using System.Diagnostics;

namespace WellnessAssessment.Testing;

/// <summary>
/// The repository's npm packages (Azurite, axe-core), installed with <c>npm ci</c> from the pinned package-lock.json when
/// they are missing or older than the lock file, so a plain <c>dotnet test</c> works wherever Node.js is present. Test
/// projects run in parallel processes, so the install is serialised by an exclusive lock file.
/// </summary>
public static class NodeModules
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Returns the full path of <paramref name="relativePath"/> under the root, running <c>npm ci</c> first if needed.</summary>
    public static async Task<string> EnsureInstalledAsync(string root, string relativePath)
    {
        var path = Path.Combine(root, relativePath);
        if (IsCurrent(root, path))
        {
            return path;
        }

        await using var installLock = await AcquireLockAsync(Path.Combine(root, ".npm-install.lock"));
        if (IsCurrent(root, path))
        {
            return path;
        }

        var start = new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("npm did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"The tests need {relativePath}, installed by 'npm ci' in {root}, but npm is not on PATH: install Node.js (or run 'bash .ci/install').", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(InstallTimeout);
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0 || !File.Exists(path))
            {
                throw new InvalidOperationException($"'npm ci' in {root} failed (exit {process.ExitCode}), so {relativePath} is missing:\n{await output}\n{await error}");
            }
        }

        return path;
    }

    // One truth for "is node_modules current": the same script .ci/install asks.
    private static bool IsCurrent(string root, string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        var check = new ProcessStartInfo("node", [Path.Combine(root, "scripts", "node-modules-current.mjs")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using var process = Process.Start(check);
            if (process is null)
            {
                return false;
            }

            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No Node.js: the existing install is the best there is; npm ci would fail the same way.
            return true;
        }
    }

    private static async Task<FileStream> AcquireLockAsync(string lockFile)
    {
        var deadline = DateTime.UtcNow + InstallTimeout;
        while (true)
        {
            try
            {
                return new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }
}
