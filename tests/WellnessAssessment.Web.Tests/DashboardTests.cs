using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using WellnessAssessment.Serialization;
using WellnessAssessment.Testing.Peers;

namespace WellnessAssessment.Web.Tests;

/// <summary>
/// The closed cycle's dashboard: a summary that fits 1280×900, the other views in tabs reachable by keyboard and by
/// address, a heat map that scrolls in its own box, and no view wider than the window at 1280×900 or 390×844.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class DashboardTests(BrowserFixture browser)
{
    private static readonly string[] Views = ["summary", "scores", "gaps", "heatmap", "plan", "participation", "peers"];

    /// <summary>A closed 2.0.0 cycle of an 11–49 officer agency (generated answers, imported), signed in on a new page.</summary>
    private async Task<(IPage Page, string AgencyId, string Key, string CycleId)> ClosedCycleOnPageAsync(int width, int height)
    {
        var set = GeneratedAgencies.ResponseSets(seed: 1341, GeneratedAgencies.Sizes(0, 1, 0, 0))[0];
        var (agencyId, key, cycleId) = await browser.ClosedCycleAsync(set);
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        await browser.SignInAsync(page, agencyId, key);
        return (page, agencyId, key, cycleId);
    }

    private async Task OpenViewAsync(IPage page, string cycleId, string view) =>
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/console/#/cycles/{cycleId}/{view}").ToString());

    private static Task<string?> SelectedTabAsync(IPage page) =>
        page.Locator("[role=tab][aria-selected=true]").GetAttributeAsync("id");

    private static Task<int> OverflowXAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth - window.innerWidth");

    /// <summary>The elements that reach past the window's right edge inside a parent that does not (what a failure names).</summary>
    private static Task<string> WidestAsync(IPage page) =>
        page.EvaluateAsync<string>("() => [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1 && e.checkVisibility() && e.parentElement.getBoundingClientRect().right <= innerWidth + 1).slice(0, 3).map(e => e.tagName + '#' + e.id + '.' + e.getAttribute('class') + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')");

    [Fact]
    public async Task Summary_OfAClosedCycle_FitsTheScreen_AndNoViewIsWiderThanTheWindow()
    {
        var (page, agencyId, key, cycleId) = await ClosedCycleOnPageAsync(1280, 900);
        using var reader = browser.Client(key);
        var result = JsonNode.Parse(await reader.GetStringAsync(new Uri($"/api/agencies/{agencyId}/assessments/{cycleId}/results", UriKind.Relative)))!;

        await page.GotoAsync(new Uri(browser.BaseAddress, $"/console/#/cycles/{cycleId}").ToString());
        await page.Locator("#summary-scores").WaitForAsync();

        Assert.Equal("tab-summary", await SelectedTabAsync(page));
        var overall = await page.InnerTextAsync("#overall");
        Assert.Contains(result["overall"]!["score"]!.GetValue<double>().ToString("0.0", CultureInfo.InvariantCulture), overall, StringComparison.Ordinal);
        var band = result["overall"]!["band"]!.GetValue<string>();
        Assert.Contains(char.ToUpperInvariant(band[0]) + band[1..], overall, StringComparison.Ordinal);
        var sections = result["sections"]!.AsArray();
        Assert.Equal(sections.Count + 1, await page.Locator("#summary-scores .score").CountAsync());
        Assert.Contains($"{result["respondents"]!.GetValue<int>()} respondents", await page.InnerTextAsync("#summary-participation"), StringComparison.Ordinal);
        Assert.Equal(["Download PDF action plan", "Download accessible HTML report"], (await page.Locator("#reports button").AllInnerTextsAsync()).Take(2));
        Assert.Equal(["Scores", "Gaps", "Heat map", "Plan", "Participation", "Peers"], await page.Locator("nav.views a").AllInnerTextsAsync());

        var (height, window) = (await page.EvaluateAsync<int>("() => document.scrollingElement.scrollHeight"), await page.EvaluateAsync<int>("() => window.innerHeight"));
        Assert.True(height <= window, $"The summary is {height} px tall in a {window} px window.");
        Assert.Equal(0, await OverflowXAsync(page));
        await browser.ScreenshotAsync(page, "console-summary-1280x900");

        foreach (var (width, tall) in new[] { (1280, 900), (390, 844) })
        {
            await page.SetViewportSizeAsync(width, tall);
            foreach (var view in Views)
            {
                await OpenViewAsync(page, cycleId, view);
                await page.Locator($"#view-{view}:not([hidden])").WaitForAsync();
                if (view == "peers")
                {
                    await page.Locator("#peers").WaitForAsync();
                }

                Assert.True(await OverflowXAsync(page) <= 0, $"The {view} view is wider than a {width} px window by {await OverflowXAsync(page)} px: {await WidestAsync(page)}.");
            }
        }

        await OpenViewAsync(page, cycleId, "summary");
        await page.Locator("#view-summary:not([hidden])").WaitForAsync();
        await browser.ScreenshotAsync(page, "console-summary-390x844");
    }

    [Fact]
    public async Task HeatMap_ScrollsInItsOwnBox_WithTheDomainColumnAndTheGroupRowInView()
    {
        var (page, _, _, cycleId) = await ClosedCycleOnPageAsync(390, 844);
        await OpenViewAsync(page, cycleId, "heatmap");
        var box = page.Locator("#heat-map .table-scroll");
        await box.WaitForAsync();
        Assert.True(await box.EvaluateAsync<bool>("box => box.scrollWidth > box.clientWidth"), "At 390 px the heat map is wider than its box, so the box must scroll.");

        await box.EvaluateAsync("box => { box.scrollLeft = box.scrollWidth; box.scrollTop = box.scrollHeight; }");
        var frame = (await box.BoundingBoxAsync())!;
        var corner = (await page.Locator("#heat-map thead th").First.BoundingBoxAsync())!;
        var lastDomain = (await page.Locator("#heat-map tbody th").Last.BoundingBoxAsync())!;
        var lastHeader = (await page.Locator("#heat-map thead th").Last.BoundingBoxAsync())!;
        Assert.InRange(corner.X - frame.X, 0, 2);   // the domain column stays at the left edge
        Assert.InRange(corner.Y - frame.Y, 0, 2);   // the group row stays at the top
        Assert.InRange(lastDomain.X - frame.X, 0, 2);
        Assert.InRange(lastHeader.Y - frame.Y, 0, 2);
        Assert.True(lastHeader.X + lastHeader.Width <= frame.X + frame.Width + 1, "The last column can be scrolled into the box.");
        Assert.Equal(0, await OverflowXAsync(page));
        await page.Locator("#heat-map").ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, "console-heat-map-390x844-scrolled.png") });
    }

    [Fact]
    public async Task Tabs_MoveWithArrowKeysHomeAndEnd_OneTabInTheTabOrder_AndEachViewHasItsAddress()
    {
        var (page, _, _, cycleId) = await ClosedCycleOnPageAsync(1280, 900);
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/console/#/cycles/{cycleId}").ToString());
        await page.Locator("#summary-scores").WaitForAsync();
        Assert.Equal(["0", "-1", "-1", "-1", "-1", "-1", "-1"], await page.Locator("[role=tab]").EvaluateAllAsync<string[]>("tabs => tabs.map(tab => tab.getAttribute('tabindex'))"));

        await page.Locator("#tab-summary").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("tab-scores", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("tab-scores", await SelectedTabAsync(page));
        Assert.EndsWith($"#/cycles/{cycleId}/scores", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("#view-scores").IsVisibleAsync());
        Assert.False(await page.Locator("#view-summary").IsVisibleAsync());

        await page.Keyboard.PressAsync("End");
        Assert.Equal("tab-peers", await SelectedTabAsync(page));
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("tab-summary", await SelectedTabAsync(page));
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal("tab-peers", await SelectedTabAsync(page));
        await page.Keyboard.PressAsync("Home");
        Assert.Equal("tab-summary", await SelectedTabAsync(page));
        Assert.Equal(["0", "-1", "-1", "-1", "-1", "-1", "-1"], await page.Locator("[role=tab]").EvaluateAllAsync<string[]>("tabs => tabs.map(tab => tab.getAttribute('tabindex'))"));

        // Tab leaves the tab list for the panel.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("view-summary", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        // Back and forward retrace the views chosen: summary ← peers ← summary ← peers ← scores.
        await page.GoBackAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[role=tab][aria-selected=true]').id === 'tab-peers'");
        await page.GoBackAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[role=tab][aria-selected=true]').id === 'tab-summary'");
        await page.GoForwardAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[role=tab][aria-selected=true]').id === 'tab-peers'");
        Assert.True(await page.Locator("#view-peers").IsVisibleAsync());

        // An address opens its view directly, in a fresh page too; a bare view name is a view of the cycle on screen.
        foreach (var view in Views)
        {
            await page.GotoAsync("about:blank");
            await OpenViewAsync(page, cycleId, view);
            await page.Locator($"#view-{view}:not([hidden])").WaitForAsync();
            Assert.Equal($"tab-{view}", await SelectedTabAsync(page));
            Assert.Equal(1, await page.Locator("[role=tabpanel]:not([hidden])").CountAsync());
        }

        await page.EvaluateAsync("() => { location.hash = '#gaps'; }");
        await page.WaitForFunctionAsync("() => document.querySelector('[role=tab][aria-selected=true]').id === 'tab-gaps'");
        Assert.EndsWith($"#/cycles/{cycleId}/gaps", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummaryAndEveryTab_HaveNoWcag21AaViolations_AtBothSizes()
    {
        var (page, _, _, cycleId) = await ClosedCycleOnPageAsync(1280, 900);
        var found = new List<string>();
        foreach (var (width, height) in new[] { (1280, 900), (390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var view in Views)
            {
                await OpenViewAsync(page, cycleId, view);
                await page.Locator($"#view-{view}:not([hidden])").WaitForAsync();
                if (view == "peers")
                {
                    await page.Locator("#peers").WaitForAsync();
                }

                found.AddRange((await browser.Wcag21AaViolationsAsync(page)).Select(violation => $"{view} at {width}: {violation}"));
            }
        }

        Assert.Empty(found);
    }

    [Fact]
    public async Task OpenCycleForm_DefaultsToTheNewestInstrumentTheApiLists()
    {
        using var admin = browser.Client(BrowserFixture.AdminKey);
        var agency = JsonNode.Parse(await (await admin.PostAsync(new Uri("/api/agencies", UriKind.Relative), BrowserFixture.Body("""{ "name": "Newest Instrument PD" }"""))).Content.ReadAsStringAsync())!;
        using var anyone = browser.Client();
        var listed = JsonNode.Parse(await anyone.GetStringAsync(new Uri("/api/instruments", UriKind.Relative)))!.AsArray();
        var newest = listed.Select(instrument => (Id: instrument!["id"]!.GetValue<string>(), Version: instrument["version"]!.GetValue<string>()))
            .MaxBy(instrument => Version.Parse(instrument.Version));
        Assert.True(listed.Count > 1, "The catalog of the test host lists more than one instrument version.");
        Assert.Contains(listed, instrument => instrument!["version"]!.GetValue<string>() == "1.0.0");

        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await browser.SignInAsync(page, agency["id"]!.GetValue<string>(), agency["key"]!.GetValue<string>());

        Assert.Equal($"{newest.Id}@{newest.Version}", await page.Locator("#instrument").InputValueAsync());
        Assert.NotEqual("safer-together@1.0.0", await page.Locator("#instrument").InputValueAsync());
    }
}
