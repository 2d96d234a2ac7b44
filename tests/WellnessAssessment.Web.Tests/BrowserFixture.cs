using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WellnessAssessment.Instruments;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Web.Tests;

/// <summary>
/// The API on a real Kestrel port over Azurite, and Debian's Chromium driven by Playwright (no browser download).
/// Screenshots go to <c>TestResults/screenshots</c> under the repository root.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    public const string AdminKey = "1Qw5kTCVyJD87gbSZvNZ2EFQEwDaKAXT2YxqVqdAI";
    private const string Chromium = "/usr/bin/chromium";

    private readonly AzuriteFixture _azurite = new();
    private ApiHost? _api;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public string ScreenshotFolder { get; } = Path.Combine(AzuriteFixture.FindRoot(), "TestResults", "screenshots");

    public string AxeScript { get; } = Path.Combine(AzuriteFixture.FindRoot(), "node_modules", "axe-core", "axe.min.js");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: the browser tests drive Debian's Chromium. Install it with 'sudo apt-get update && sudo apt-get install -y chromium', or run './test.sh', which installs everything the tests need.");
        }

        await NodeModules.EnsureInstalledAsync(AzuriteFixture.FindRoot(), Path.Combine("node_modules", "axe-core", "axe.min.js"));

        await _azurite.InitializeAsync();
        var port = FreePort();
        _api = new ApiHost(_azurite.ConnectionString);
        _api.UseKestrel(port);
        _api.StartServer();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        Directory.CreateDirectory(ScreenshotFolder);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        await _azurite.DisposeAsync();
    }

    public void Dispose() => _api?.Dispose();

    public HttpClient Client(string? key = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    /// <summary>Creates an agency and an open cycle through the API; returns the agency id, key, cycle id and respondent URL.</summary>
    public async Task<(string AgencyId, string Key, string CycleId, string RespondentUrl)> OpenCycleAsync(string agencyName, string instrumentVersion = "1.0.0")
    {
        using var admin = Client(AdminKey);
        var agency = JsonNode.Parse(await (await admin.PostAsync(new Uri("/api/agencies", UriKind.Relative), Body($$"""{ "name": "{{agencyName}}" }"""))).Content.ReadAsStringAsync())!;
        var id = agency["id"]!.GetValue<string>();
        var key = agency["key"]!.GetValue<string>();
        using var staff = Client(key);
        var cycle = JsonNode.Parse(await (await staff.PostAsync(new Uri($"/api/agencies/{id}/assessments", UriKind.Relative), Body($$"""{ "title": "Spring 2026 wellness assessment", "instrumentId": "safer-together", "instrumentVersion": "{{instrumentVersion}}" }"""))).Content.ReadAsStringAsync())!;
        return (id, key, cycle["id"]!.GetValue<string>(), cycle["respondentUrl"]!.GetValue<string>());
    }

    /// <summary>An agency of 11–49 sworn staff with a cycle answered by <paramref name="answers"/> (imported) and closed.</summary>
    public async Task<(string AgencyId, string Key, string CycleId)> ClosedCycleAsync(WellnessAssessment.Responses.ResponseSet answers, string title = "Spring 2027")
    {
        using var admin = Client(AdminKey);
        var agency = JsonNode.Parse(await (await admin.PostAsync(new Uri("/api/agencies", UriKind.Relative), Body($$"""{ "name": "{{answers.Agency!.Name}} {{Guid.NewGuid():N}}" }"""))).Content.ReadAsStringAsync())!;
        var id = agency["id"]!.GetValue<string>();
        var key = agency["key"]!.GetValue<string>();
        using var staff = Client(key);
        var cycle = JsonNode.Parse(await (await staff.PostAsync(new Uri($"/api/agencies/{id}/assessments", UriKind.Relative), Body($$"""{ "title": "{{title}}", "instrumentId": "safer-together", "instrumentVersion": "{{answers.Instrument.Version}}", "profile": { "size": "11-49" } }"""))).Content.ReadAsStringAsync())!;
        var cycleId = cycle["id"]!.GetValue<string>();
        (await staff.PostAsync(new Uri($"/api/agencies/{id}/assessments/{cycleId}/responses/import", UriKind.Relative), Body(WellnessAssessment.Serialization.WellnessJson.Serialize(answers)))).EnsureSuccessStatusCode();
        (await staff.PostAsync(new Uri($"/api/agencies/{id}/assessments/{cycleId}/close", UriKind.Relative), null)).EnsureSuccessStatusCode();
        return (id, key, cycleId);
    }

    /// <summary>Signs in to the console and waits for the list of cycles (only then is the session stored for a cycle's page).</summary>
    public async Task SignInAsync(IPage page, string agencyId, string key)
    {
        await page.GotoAsync(new Uri(BaseAddress, "/console/").ToString());
        await page.GetByLabel("Agency id").FillAsync(agencyId);
        await page.GetByLabel("Agency key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Assessment cycles" }).WaitForAsync();
        await page.Locator("#instrument").WaitForAsync();
    }

    /// <summary>
    /// How many respondents an open cycle has, read from the store (an anonymous cycle shows no results while open, and
    /// its counts withhold totals under 5). The key proves nothing here; it stays for the callers' symmetry.
    /// </summary>
    public async Task<int> RespondentsAsync(string agencyId, string key, string cycleId)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var services = _api!.Services;
        var assessment = await services.GetRequiredService<WellnessAssessment.Storage.Cycles.CycleStore>().GetAsync(agencyId, cycleId, default)
            ?? throw new InvalidOperationException($"No cycle {agencyId}/{cycleId}.");
        return (await services.GetRequiredService<WellnessAssessment.Storage.Responses.ResponseStore>().CountByGroupAsync(assessment, default)).Values.Sum();
    }

    public static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>The dispatch-floor pulse check of <c>tests/Shared/Fixtures</c>: an instrument unlike the built-in one.</summary>
    public static Instrument SecondInstrument { get; } =
        InstrumentLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "second-instrument", "dispatch-pulse.instrument.json"));

    /// <summary>Runs axe-core in the page and returns the serious and critical violations, one line each.</summary>
    public async Task<IReadOnlyList<string>> SeriousAccessibilityViolationsAsync(IPage page)
    {
        // Evaluated through the DevTools protocol: the pages' policy (script-src 'self') refuses an inline script tag.
        await page.EvaluateAsync(await File.ReadAllTextAsync(AxeScript));
        var violations = await page.EvaluateAsync<string[]>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations" +
            ".filter(v => v.impact === 'serious' || v.impact === 'critical')" +
            ".map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')");
        return violations;
    }

    /// <summary>
    /// Runs axe-core with the WCAG 2.1 A and AA rules (tags wcag2a, wcag2aa, wcag21a, wcag21aa) and returns every
    /// violation of any impact, one line each: the rule that binds state and local government web content (ADA Title II).
    /// </summary>
    public async Task<IReadOnlyList<string>> Wcag21AaViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'"))
        {
            // Evaluated through the DevTools protocol: the pages' policy (script-src 'self') refuses an inline script tag.
            await page.EvaluateAsync(await File.ReadAllTextAsync(AxeScript));
        }

        var lines = await page.EvaluateAsync<string[]>(
            "async () => { const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });" +
            " return [String(r.passes.length), ...r.violations.map(v => v.impact + ' ' + v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')]; }");

        // A run that checked nothing would pass anything: the page must have passed some rules.
        if (int.Parse(lines[0], System.Globalization.CultureInfo.InvariantCulture) < 5)
        {
            throw new InvalidOperationException($"axe-core passed only {lines[0]} rules on {page.Url}: the page did not load or the rules did not run.");
        }

        return lines[1..];
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class ApiHost(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Wellness:AdminKey", AdminKey);
            builder.UseSetting("Wellness:Storage:ConnectionString", connectionString);
            builder.UseSetting("Wellness:Storage:TablePrefix", AzuriteFixture.UniquePrefix());

            // The second instrument of the test suite beside the built-in one, so that cycles can be opened on it.
            builder.ConfigureTestServices(services => services.AddSingleton(InstrumentCatalog.BuiltIn.With(SecondInstrument)));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
