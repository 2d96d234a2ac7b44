using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using WellnessAssessment.Serialization;
using WellnessAssessment.Testing.Peers;

namespace WellnessAssessment.Web.Tests;

[Collection(BrowserTests.Name)]
public sealed class PeerConsoleTests(BrowserFixture browser)
{
    [Fact]
    public async Task Console_ShowsTheHeatMapAndThePeerComparison_AndLetsTheAgencyContribute()
    {
        var sets = GeneratedAgencies.ResponseSets(seed: 1341, GeneratedAgencies.Sizes(0, 7, 0, 0)); // a seed whose anonymous releases publish every measure
        var agencies = new List<(string AgencyId, string Key, string CycleId)>();
        foreach (var set in sets)
        {
            agencies.Add(await browser.ClosedCycleAsync(set));
        }

        foreach (var (agencyId, key, cycleId) in agencies.Take(6))
        {
            using var staff = browser.Client(key);
            (await staff.PutAsync(new Uri($"/api/agencies/{agencyId}/assessments/{cycleId}/benchmark-contribution", UriKind.Relative), null)).EnsureSuccessStatusCode();
        }

        using (var admin = browser.Client(BrowserFixture.AdminKey))
        {
            (await admin.PostAsync(new Uri("/api/benchmarks/rebuild", UriKind.Relative), null)).EnsureSuccessStatusCode();
        }

        var seventh = agencies[6];
        using var reader = browser.Client(seventh.Key);
        var result = WellnessJson.ReadResult(await reader.GetStringAsync(new Uri($"/api/agencies/{seventh.AgencyId}/assessments/{seventh.CycleId}/results", UriKind.Relative)));
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await browser.SignInAsync(page, seventh.AgencyId, seventh.Key);
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/console/#/cycles/{seventh.CycleId}/peers").ToString());

        await page.GetByRole(AriaRole.Heading, new() { Name = "Compared with 6 agencies of similar size" }).WaitForAsync(new() { Timeout = 20000 });
        var peers = page.Locator("#peers table tbody tr");
        Assert.Equal(result.Domains().Count(), await peers.CountAsync());
        var firstPeerRow = await peers.First.InnerTextAsync();
        Assert.Contains(result.Domains().First().Title, firstPeerRow, StringComparison.Ordinal);
        Assert.Contains(result.Domains().First().Score!.Value.ToString("0.0", CultureInfo.InvariantCulture), firstPeerRow, StringComparison.Ordinal);

        await page.Locator("#peers").ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, "console-5-peers.png") });
        await page.GetByRole(AriaRole.Tab, new() { Name = "Heat map" }).ClickAsync();
        await page.Locator("#heat-map").WaitForAsync();
        var heat = page.Locator("#heat-map table tbody tr");
        Assert.Equal(result.Domains().Count(), await heat.CountAsync());
        foreach (var (domain, index) in result.Domains().Select((domain, index) => (domain, index)))
        {
            var cells = await heat.Nth(index).Locator("td").AllInnerTextsAsync();
            Assert.Equal(domain.Score!.Value.ToString("0.0", CultureInfo.InvariantCulture), cells[0]);
            var groups = GeneratedAgencies.Instrument.Groups;
            for (var g = 0; g < groups.Count; g++)
            {
                var figures = domain.Groups.Single(x => x.Id == groups[g].Id);
                Assert.Equal(figures.Suppressed ? "withheld" : figures.Score is { } score ? score.ToString("0.0", CultureInfo.InvariantCulture) : "—", cells[g + 1]);
            }
        }

        Assert.Contains("withheld", await page.InnerTextAsync("#heat-map"), StringComparison.Ordinal);
        Assert.Empty(await browser.SeriousAccessibilityViolationsAsync(page));
        await page.Locator("#heat-map").ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, "console-6-heat-map.png") });

        await page.GetByRole(AriaRole.Tab, new() { Name = "Peers" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Contribute this closed cycle, anonymously, to peer comparisons" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw from peer comparisons" }).WaitForAsync();
        var contribution = JsonNode.Parse(await reader.GetStringAsync(new Uri($"/api/agencies/{seventh.AgencyId}/assessments/{seventh.CycleId}/benchmark-contribution", UriKind.Relative)))!;
        Assert.True(contribution["contributing"]!.GetValue<bool>());
    }
}
