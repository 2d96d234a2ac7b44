using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

/// <summary>
/// The OpenAPI document is a checked-in contract (src/WellnessAssessment.Api/openapi/v1.json): the served document must
/// equal it, every operation must be complete, and Redocly's recommended rules must pass. After a deliberate change,
/// regenerate it with WELLNESS_REGENERATE_OPENAPI=1 and run these tests.
/// </summary>
public sealed class OpenApiContractTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private static readonly string[] ErrorStatuses = ["400", "401", "403", "404", "409", "412", "413", "415", "422", "428", "429", "503"];
    private readonly ApiFactory _factory = new(azurite);

    public void Dispose() => _factory.Dispose();

    public static string CheckedInPath => Path.Combine(AzuriteFixture.FindRoot(), "src", "WellnessAssessment.Api", "openapi", "v1.json");

    [Fact]
    public async Task ServedDocument_IsTheCheckedInOne()
    {
        var served = await ServedAsync();
        if (Environment.GetEnvironmentVariable("WELLNESS_REGENERATE_OPENAPI") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(CheckedInPath)!);
            await File.WriteAllTextAsync(CheckedInPath, served);
        }

        var checkedIn = File.Exists(CheckedInPath) ? (await File.ReadAllTextAsync(CheckedInPath)).ReplaceLineEndings("\n") : "(missing)";
        Assert.True(checkedIn == served, $"The served OpenAPI document differs from {CheckedInPath}. If the change is deliberate, run the tests with WELLNESS_REGENERATE_OPENAPI=1 and commit the file (and raise the contract version).");
    }

    [Fact]
    public async Task EveryOperation_HasSummaryDescriptionTagAndItsProblems()
    {
        var document = JsonNode.Parse(await ServedAsync())!;
        var gaps = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var route = $"{method.ToUpperInvariant()} {path}";
                if (string.IsNullOrWhiteSpace((string?)operation!["summary"]))
                {
                    gaps.Add($"{route}: no summary (add .WithSummary(…) to the route)");
                }

                if (string.IsNullOrWhiteSpace((string?)operation["description"]))
                {
                    gaps.Add($"{route}: no description (add .WithDescription(…))");
                }

                if (operation["tags"] is not JsonArray { Count: > 0 })
                {
                    gaps.Add($"{route}: no tag (add .WithTags(…) and a description in ApiTags)");
                }

                if (string.IsNullOrWhiteSpace((string?)operation["operationId"]))
                {
                    gaps.Add($"{route}: no operation id (add .WithName(…))");
                }

                var responses = operation["responses"]!.AsObject();
                if (!responses.Any(response => response.Key.StartsWith('4')))
                {
                    gaps.Add($"{route}: no 4xx problem response (declare what it answers with .ProducesProblems(…), .AcceptsJson<T>(), .RequireAgencyKey() …)");
                }

                foreach (var (status, response) in responses)
                {
                    if (status[0] is '4' or '5')
                    {
                        var types = response!["content"]?.AsObject().Select(content => content.Key).ToList() ?? [];
                        if (types is not ["application/problem+json"])
                        {
                            gaps.Add($"{route}: {status} is not documented as application/problem+json (it is: {string.Join(", ", types)})");
                        }
                    }
                    else if (response!["content"] is JsonObject content && content["application/json"] is { } json && json["example"] is null)
                    {
                        gaps.Add($"{route}: {status} has no example (add one to ContractExamples)");
                    }
                }

                if (operation["requestBody"]?["content"]?["application/json"] is { } body && body["example"] is null)
                {
                    gaps.Add($"{route}: the request body has no example (add one to ContractExamples)");
                }
            }
        }

        foreach (var tag in document["tags"]!.AsArray())
        {
            if (string.IsNullOrWhiteSpace((string?)tag!["description"]))
            {
                gaps.Add($"tag {tag["name"]}: no description (add it to ApiTags)");
            }
        }

        Assert.True(gaps.Count == 0, "Incomplete OpenAPI operations:\n" + string.Join('\n', gaps));
    }

    [Fact]
    public async Task Security_FollowsTheRoutesAuthorization()
    {
        var document = JsonNode.Parse(await ServedAsync())!;

        static string Schemes(JsonNode operation) =>
            string.Join(",", operation["security"]?.AsArray().SelectMany(requirement => requirement!.AsObject().Select(scheme => scheme.Key)) ?? []);

        var paths = document["paths"]!;
        Assert.Equal("adminKey", Schemes(paths["/api/agencies"]!["post"]!));
        Assert.Equal("agencyKey", Schemes(paths["/api/agencies/{agencyId}/assessments/{assessmentId}/results"]!["get"]!));
        Assert.Equal(string.Empty, Schemes(paths["/api/surveys/{respondentToken}/responses"]!["post"]!));
        Assert.Equal("bearer", (string?)document["components"]!["securitySchemes"]!["agencyKey"]!["scheme"]);
        Assert.Equal("MIT", (string?)document["info"]!["license"]!["identifier"]);
        Assert.Equal(["/"], document["servers"]!.AsArray().Select(server => (string)server!["url"]!));
    }

    [Fact]
    public async Task EveryDocumentedErrorStatus_IsOneTheApiUses()
    {
        var document = JsonNode.Parse(await ServedAsync())!;

        var statuses = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().SelectMany(operation => operation.Value!["responses"]!.AsObject().Select(response => response.Key)))
            .Where(status => status[0] is '4' or '5')
            .Distinct()
            .ToList();

        Assert.All(statuses, status => Assert.Contains(status, ErrorStatuses));
        Assert.Contains("errors", document["components"]!["schemas"]!["HttpValidationProblemDetails"]!["properties"]!.AsObject().Select(property => property.Key));
    }

    [Fact]
    public async Task RedoclyLint_RecommendedRules_NoErrorsNoWarnings()
    {
        var redocly = await NodeModules.EnsureInstalledAsync(AzuriteFixture.FindRoot(), Path.Combine("node_modules", ".bin", "redocly"));
        var start = new ProcessStartInfo(redocly, ["lint", "--format", "json", "--max-problems", "1000", CheckedInPath])
        {
            WorkingDirectory = AzuriteFixture.FindRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true", ["NO_COLOR"] = "1" },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var report = JsonNode.Parse(await output)!;
        var problems = report["problems"]!.AsArray()
            .Select(problem => $"{problem!["severity"]} {problem["ruleId"]} at {problem["location"]?[0]?["pointer"]}: {problem["message"]}");

        // Redocly's summary: the recommended rules (redocly.yaml) with nothing ignored.
        Assert.True(
            (int)report["totals"]!["errors"]! == 0 && (int)report["totals"]!["warnings"]! == 0 && (int)report["totals"]!["ignored"]! == 0,
            $"redocly lint (exit {process.ExitCode}):\n{string.Join('\n', problems)}\n{await error}");
        Assert.Equal(0, process.ExitCode);
    }

    private async Task<string> ServedAsync()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync()).ReplaceLineEndings("\n");
    }
}
