using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WellnessAssessment.Functions.Timers;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Functions.Tests;

/// <summary>
/// The worker's <c>functions.metadata</c> (what the Functions host indexes, written by the worker SDK at build) against
/// the checked-in OpenAPI document: one function per operation, named by its operationId, with the same route and
/// method. Route parameters are compared by position (<c>{x}</c>); host.json's route prefix is empty, so function
/// routes carry <c>api/</c> as the document's paths do.
/// </summary>
public sealed partial class MetadataDriftTests
{
    /// <summary>Functions that serve what is not part of the client contract: probes, pages, the document itself.</summary>
    private static readonly string[] NonContract = ["GetHealth", "GetReadiness", "GetPage", "GetOpenApiDocument"];

    private static readonly string Root = AzuriteFixture.FindRoot();

    private static JsonArray Metadata() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")))!.AsArray();

    [GeneratedRegex(@"\{[^}/]+\}")]
    private static partial Regex Parameter();

    private static string Normalize(string route) => Parameter().Replace("/" + route.TrimStart('/'), "{x}");

    /// <summary>The routes of the worker that are not on it yet, until their features move to the shared adapter.</summary>
    private static readonly HashSet<string> NotYetOnTheWorker = [.. PendingOperations.Names];

    [Fact]
    public void FunctionsMetadata_ListsExactlyTheOperationsOfTheOpenApiDocument_ByRouteAndMethod()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "src", "WellnessAssessment.Api", "openapi", "v1.json")))!;
        var operations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var id = (string?)operation!["operationId"];
                if (id is not null && !NotYetOnTheWorker.Contains(id))
                {
                    operations.Add($"{id} {method.ToUpperInvariant()} {Normalize(path)}");
                }
            }
        }

        var functions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var function in Metadata())
        {
            var name = (string)function!["name"]!;
            var trigger = function["bindings"]!.AsArray().FirstOrDefault(binding => (string?)binding!["type"] == "httpTrigger");
            if (trigger is null || NonContract.Contains(name))
            {
                continue;
            }

            foreach (var method in trigger["methods"]!.AsArray())
            {
                functions.Add($"{name} {((string)method!).ToUpperInvariant()} {Normalize((string)trigger["route"]!)}");
            }
        }

        Assert.Equal(operations, functions);
        Assert.All(NotYetOnTheWorker, pending => Assert.DoesNotContain(functions, function => function.StartsWith(pending + " ", StringComparison.Ordinal)));
    }

    [Fact]
    public void TimerSchedules_AreAppSettings_WhoseDefaultsTheSampleSettingsAndReadmeGive()
    {
        var timers = Metadata()
            .Select(function => (Name: (string)function!["name"]!, Trigger: function["bindings"]!.AsArray().FirstOrDefault(binding => (string?)binding!["type"] == "timerTrigger")))
            .Where(function => function.Trigger is not null)
            .ToDictionary(function => function.Name, function => (string)function.Trigger!["schedule"]!);
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "local.settings.sample.json")))!["Values"]!;
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));

        Assert.Equal(new Dictionary<string, string>
        {
            [StagingCleanupFunction.Name] = $"%{TimerSchedules.StagingCleanupSetting}%",
            [DraftExpiryFunction.Name] = $"%{TimerSchedules.DraftExpirySetting}%",
        }, timers);
        Assert.Equal(TimerSchedules.StagingCleanupDefault, (string)sample["Wellness__Timers__StagingCleanup"]!);
        Assert.Equal(TimerSchedules.DraftExpiryDefault, (string)sample["Wellness__Timers__DraftExpiry"]!);
        Assert.Contains($"Wellness__Timers__StagingCleanup=\"{TimerSchedules.StagingCleanupDefault}\"", readme, StringComparison.Ordinal);
        Assert.Contains($"Wellness__Timers__DraftExpiry=\"{TimerSchedules.DraftExpiryDefault}\"", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void HostJson_IsTheWorkers_WithAnEmptyRoutePrefix_AndNoCustomHandler()
    {
        var host = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json")))!;

        Assert.Equal("2.0", (string)host["version"]!);
        Assert.Equal("", (string)host["extensions"]!["http"]!["routePrefix"]!);
        Assert.Null(host["customHandler"]);
        Assert.Equal(File.ReadAllText(Path.Combine(Root, "host.json")), File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json")));
    }
}
