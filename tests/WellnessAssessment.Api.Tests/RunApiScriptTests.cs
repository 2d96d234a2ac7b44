using System.Net;

namespace WellnessAssessment.Api.Tests;

/// <summary>
/// The local run script keeps what the store acknowledged: Azurite saves its database only when it is stopped with
/// SIGINT, so however the script ends, an agency created a moment before is still there after a restart.
/// </summary>
public sealed class RunApiScriptTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("wellness-run-api-");

    public void Dispose() => _data.Delete(recursive: true);

    [Theory]
    [InlineData("INT", 130)] // Ctrl+C in the terminal
    [InlineData("TERM", 143)] // kill, a service manager, a closing terminal session
    [InlineData("API", 0)] // the API exits by itself (here: stopped with TERM on its own; it ends cleanly, so does the script)
    public async Task Stop_WithinASecondOfCreatingAnAgency_KeepsItForTheNextStart(string how, int exitCode)
    {
        int apiPort = RunApiScript.FreePort(), tablePort = RunApiScript.FreePort();
        while (tablePort == apiPort)
        {
            tablePort = RunApiScript.FreePort(); // the system may hand out the same free port twice
        }

        string agencyKey;
        string output;
        int stoppedWith;
        await using (var first = await RunApiScript.StartAsync(_data.FullName, apiPort, tablePort))
        {
            var admin = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/agencies", UriKind.Relative)) { Content = Json.Body(new { name = "Riverside PD", id = "riverside-pd" }) };
            admin.Headers.Authorization = new("Bearer", first.AdminKey);
            var created = await first.Client.SendAsync(admin);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            agencyKey = (await Json.ReadAsync(created))["key"]!.GetValue<string>();

            stoppedWith = how == "API" ? await first.StopApiAsync() : await first.StopAsync(how);
            output = first.Output;
        }

        Assert.Equal(exitCode, stoppedWith);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_data.FullName, "admin-key")));
        }
        Assert.Contains("Azurite Table service successfully closed", output, StringComparison.Ordinal);
        Assert.False(RunApiScript.Listens(tablePort), "Azurite still listens after the script ended.");
        Assert.False(RunApiScript.Listens(apiPort), "The API still listens after the script ended.");

        await using var second = await RunApiScript.StartAsync(_data.FullName, apiPort, tablePort);
        var list = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/agencies/riverside-pd/assessments", UriKind.Relative));
        list.Headers.Authorization = new("Bearer", agencyKey);
        var found = await second.Client.SendAsync(list);

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal("[]", await found.Content.ReadAsStringAsync());
        Assert.Equal(143, await second.StopAsync("TERM"));
    }
}
