using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

[Collection(AzuriteTests.Name)]
public sealed class FunctionAppPublishTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Publish_IsACompleteFunctionApp_ThatAnswersOnTheCustomHandlerPort()
    {
        var root = AzuriteFixture.FindRoot();
        var output = Directory.CreateTempSubdirectory("wellness-functionapp-");
        try
        {
            // --no-build: the API was built in this configuration as a reference of this test project.
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var publish = Run("dotnet", ["publish", Path.Combine(root, "src", "WellnessAssessment.Api"), "-c", configuration, "--no-build", "-o", output.FullName, "--nologo"]);
            Assert.True(publish.ExitCode == 0, publish.Output);

            var host = JsonNode.Parse(File.ReadAllText(Path.Combine(output.FullName, "host.json")))!;
            Assert.Equal("WellnessAssessment.Api", host["customHandler"]!["description"]!["defaultExecutablePath"]!.GetValue<string>());
            Assert.True(host["customHandler"]!["enableForwardingHttpRequest"]!.GetValue<bool>());
            var function = JsonNode.Parse(File.ReadAllText(Path.Combine(output.FullName, "catchall", "function.json")))!;
            Assert.Equal("{*path}", function["bindings"]![0]!["route"]!.GetValue<string>());
            Assert.True(File.Exists(Path.Combine(output.FullName, "WellnessAssessment.Api")));
            Assert.True(File.Exists(Path.Combine(output.FullName, "wwwroot", "survey", "index.html")));

            var port = FreePort();
            var start = new ProcessStartInfo(Path.Combine(output.FullName, "WellnessAssessment.Api"))
            {
                WorkingDirectory = output.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            start.Environment["Wellness__Storage__ConnectionString"] = azurite.ConnectionString;
            start.Environment["Wellness__Storage__TablePrefix"] = AzuriteFixture.UniquePrefix();
            using var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                HttpResponseMessage? health = null;
                for (var attempt = 0; attempt < 100 && health is null; attempt++)
                {
                    try
                    {
                        health = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
                    }
                    catch (HttpRequestException)
                    {
                        await Task.Delay(200);
                    }
                }

                Assert.NotNull(health);
                Assert.Equal(HttpStatusCode.OK, health.StatusCode);
                Assert.Equal("""{"status":"ok"}""", await health.Content.ReadAsStringAsync());
                var ready = await client.GetAsync(new Uri("/api/health/ready", UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
                Assert.Equal("""{"status":"ready","store":"ok"}""", await ready.Content.ReadAsStringAsync());

                // The PDF (PDFsharp, managed; fonts embedded in the reports assembly) from the publish folder.
                var pdf = await client.PostAsync(new Uri("/api/reports", UriKind.Relative), Json.Body(Json.Example("small-agency-chief.json")));
                Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
                Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..5]));
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static (int ExitCode, string Output) Run(string file, string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
