using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace WellnessAssessment.Web.Tests;

[Collection(BrowserTests.Name)]
public sealed class ActionPlanPageTests(BrowserFixture browser)
{
    /// <summary>An agency with one closed cycle whose plan holds every item (ten line officers at levels 1 and 2).</summary>
    private async Task<(string AgencyId, string Key)> ClosedCycleAsync(string agencyName)
    {
        var (agencyId, key, cycleId, respondentUrl) = await browser.OpenCycleAsync(agencyName);
        using var anyone = browser.Client();
        var instrument = JsonNode.Parse(await anyone.GetStringAsync(new Uri("/api/instruments/safer-together?version=1.0.0", UriKind.Relative)))!;
        var items = instrument["sections"]!.AsArray().SelectMany(s => s!["domains"]!.AsArray()).SelectMany(d => d!["items"]!.AsArray()).Select(i => i!["id"]!.GetValue<string>()).ToList();
        var token = respondentUrl[(respondentUrl.LastIndexOfAny(['/', '#', '=']) + 1)..];
        for (var r = 0; r < 10; r++)
        {
            var answers = new JsonObject();
            foreach (var item in items)
            {
                answers[item] = r < 5 ? 1 : 2;
            }

            var body = new JsonObject { ["respondentId"] = $"p{r}", ["group"] = "line-officer", ["answers"] = answers };
            (await anyone.PostAsync(new Uri($"/api/surveys/{token}/responses", UriKind.Relative), BrowserFixture.Body(body.ToJsonString()))).EnsureSuccessStatusCode();
        }

        using var staff = browser.Client(key);
        (await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments/{cycleId}/close", UriKind.Relative), null)).EnsureSuccessStatusCode();
        return (agencyId, key);
    }

    /// <summary>A second closed cycle of the same agency in which every practice scored higher (levels 3 and 4).</summary>
    private async Task SecondBetterCycleAsync(string agencyId, string key)
    {
        using var staff = browser.Client(key);
        var opened = JsonNode.Parse(await (await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative), BrowserFixture.Body("""{ "title": "Autumn 2026", "instrumentId": "safer-together", "instrumentVersion": "1.0.0" }"""))).Content.ReadAsStringAsync())!;
        var cycleId = opened["id"]!.GetValue<string>();
        var token = opened["respondentToken"]!.GetValue<string>();
        using var anyone = browser.Client();
        var instrument = JsonNode.Parse(await anyone.GetStringAsync(new Uri("/api/instruments/safer-together?version=1.0.0", UriKind.Relative)))!;
        var items = instrument["sections"]!.AsArray().SelectMany(s => s!["domains"]!.AsArray()).SelectMany(d => d!["items"]!.AsArray()).Select(i => i!["id"]!.GetValue<string>()).ToList();
        for (var r = 0; r < 10; r++)
        {
            var answers = new JsonObject();
            foreach (var item in items)
            {
                answers[item] = r < 5 ? 3 : 4;
            }

            var body = new JsonObject { ["respondentId"] = $"q{r}", ["group"] = "line-officer", ["answers"] = answers };
            (await anyone.PostAsync(new Uri($"/api/surveys/{token}/responses", UriKind.Relative), BrowserFixture.Body(body.ToJsonString()))).EnsureSuccessStatusCode();
        }

        (await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments/{cycleId}/close", UriKind.Relative), null)).EnsureSuccessStatusCode();
    }

    private async Task<IPage> SignedInAsync(string agencyId, string key, ViewportSize viewport)
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = viewport });
        await page.GotoAsync(new Uri(browser.BaseAddress, "/console/").ToString());
        await page.GetByLabel("Agency id").FillAsync(agencyId);
        await page.GetByLabel("Agency key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator("#register-summary").WaitForAsync();
        return page;
    }

    [Fact]
    public async Task ActionPlan_AdoptAssignDropAndFilter_WithTheDashboardCard_AndNoSeriousAxeViolations()
    {
        var (agencyId, key) = await ClosedCycleAsync("Action Plan PD");
        var page = await SignedInAsync(agencyId, key, new() { Width = 1280, Height = 900 });
        Assert.Equal("No action adopted yet.", await page.InnerTextAsync("#register-summary"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Open the action register" }).ClickAsync();
        await page.GetByLabel("How many (highest priority first)").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Adopt actions" }).ClickAsync();
        await page.Locator("#summary:text('0 of 5 actions done')").WaitForAsync();
        Assert.Equal(5, await page.Locator("table.plan-table tbody tr").CountAsync());
        Assert.Empty(await browser.SeriousAccessibilityViolationsAsync(page));
        await browser.ScreenshotAsync(page, "action-plan-1-adopted");

        var edits = page.Locator("table.plan-table tbody button");
        await edits.Nth(0).ClickAsync();
        await page.GetByLabel("Assignee (a name or a role)").FillAsync("Lt. Diaz");
        await page.Locator("#edit-due").FillAsync("2026-03-31");
        await page.Locator("#edit-status").SelectOptionAsync("done");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.Locator("#summary:text('1 of 5 actions done')").WaitForAsync();

        await edits.Nth(1).ClickAsync();
        await page.Locator("#edit-status").SelectOptionAsync("dropped");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.Locator("#problem:has-text('droppedReason: is required when the status is dropped')").WaitForAsync();
        await page.GetByLabel("Reason for dropping").FillAsync("Folded into the county program");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.GetByText("Dropped: Folded into the county program").WaitForAsync();

        await edits.Nth(2).ClickAsync();
        await page.Locator("#edit-due").FillAsync("2020-01-01");
        await page.Locator("#edit-status").SelectOptionAsync("in-progress");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.Locator("#summary:text('1 of 5 actions done, 1 overdue')").WaitForAsync();

        await page.GetByLabel("Overdue only").CheckAsync();
        Assert.Equal(1, await page.Locator("table.plan-table tbody tr").CountAsync());
        await page.GetByLabel("Overdue only").UncheckAsync();
        await page.Locator("#filter-status").SelectOptionAsync("done");
        Assert.Equal(1, await page.Locator("table.plan-table tbody tr").CountAsync());
        Assert.Contains("Lt. Diaz", await page.InnerTextAsync("table.plan-table tbody"), StringComparison.Ordinal);
        var owner = await page.Locator("#filter-owner option").Nth(1).GetAttributeAsync("value");
        await page.Locator("#filter-status").SelectOptionAsync(string.Empty);
        await page.Locator("#filter-owner").SelectOptionAsync(owner!);
        Assert.All(await page.Locator("table.plan-table tbody td[data-label=Owner]").AllInnerTextsAsync(), text => Assert.Equal(owner, text));
        Assert.Empty(await browser.SeriousAccessibilityViolationsAsync(page));
        await browser.ScreenshotAsync(page, "action-plan-2-tracked");

        await page.GotoAsync(new Uri(browser.BaseAddress, "/console/").ToString());
        await page.Locator("#register-summary:text('1 of 5 actions done, 1 overdue')").WaitForAsync();
        await browser.ScreenshotAsync(page, "action-plan-3-dashboard-card");
    }

    [Fact]
    public async Task ActionPlan_OnAPhone_WithTheKeyboardOnly_AssignsAnAction()
    {
        var (agencyId, key) = await ClosedCycleAsync("Action Plan Phone PD");
        using (var staff = browser.Client(key))
        {
            (await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/register/adopt", UriKind.Relative), BrowserFixture.Body("""{ "top": 3 }"""))).EnsureSuccessStatusCode();
        }

        var page = await SignedInAsync(agencyId, key, new() { Width = 390, Height = 844 });
        await page.GotoAsync(new Uri(browser.BaseAddress, "/console/actions.html").ToString());
        await page.Locator("#summary").WaitForAsync();

        // Tab from the top of the page until the first Edit button has the focus: every control on the way is reachable.
        var reached = new List<string>();
        for (var i = 0; i < 40 && !(reached.LastOrDefault() ?? string.Empty).StartsWith("edit-", StringComparison.Ordinal); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.textContent.trim()"));
        }

        Assert.Contains("Adopt actions", reached);
        Assert.Contains("filter-status", reached);
        Assert.Contains("filter-overdue", reached);
        Assert.StartsWith("edit-", reached[^1], StringComparison.Ordinal);
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("edit-heading", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("edit-assignee", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.TypeAsync("Wellness coordinator");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("Saved.").WaitForAsync();
        Assert.StartsWith("edit-", await page.EvaluateAsync<string>("() => document.activeElement.id"), StringComparison.Ordinal);
        await page.Locator("table.plan-table tbody:has-text('Wellness coordinator')").WaitForAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");
        Assert.Empty(await browser.SeriousAccessibilityViolationsAsync(page));
        await browser.ScreenshotAsync(page, "action-plan-4-phone");
    }

    [Fact]
    public async Task ActionPlan_AfterTheNextCycle_ShowsWhatWeDidAndWhatChanged()
    {
        var (agencyId, key) = await ClosedCycleAsync("Progress View PD");
        using (var staff = browser.Client(key))
        {
            (await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/register/adopt", UriKind.Relative), BrowserFixture.Body("""{ "top": 3 }"""))).EnsureSuccessStatusCode();
        }

        var page = await SignedInAsync(agencyId, key, new() { Width = 1280, Height = 900 });
        await page.GotoAsync(new Uri(browser.BaseAddress, "/console/actions.html").ToString());
        await page.GetByText("Progress appears here once a second cycle is closed", new() { Exact = false }).WaitForAsync();

        await SecondBetterCycleAsync(agencyId, key);
        await page.ReloadAsync();
        await page.Locator("#progress-table").WaitForAsync();

        var rows = await page.Locator("#progress-table tbody tr").AllInnerTextsAsync();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, row => Assert.Contains("Improved", row, StringComparison.Ordinal));
        Assert.All(rows, row => Assert.Contains("Planned", row, StringComparison.Ordinal));
        Assert.Contains("measured at \"Autumn 2026\" (10 respondents)", await page.InnerTextAsync("#progress"), StringComparison.Ordinal);
        Assert.Contains("moved beyond noise without an action", await page.InnerTextAsync("#moved-without-action"), StringComparison.Ordinal);
        Assert.Equal(3, await page.Locator("table.plan-table tbody tr").CountAsync()); // the register's own table is unchanged
        Assert.Empty(await browser.SeriousAccessibilityViolationsAsync(page));
        await browser.ScreenshotAsync(page, "action-plan-4-progress");
    }
}
