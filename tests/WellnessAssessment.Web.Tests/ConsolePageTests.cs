using Microsoft.Playwright;

namespace WellnessAssessment.Web.Tests;

[Collection(BrowserTests.Name)]
public sealed class ConsolePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Console_OpensACycle_SeesCountsRise_ClosesIt_AndSeesTheDashboard()
    {
        var (agencyId, key, _, _) = await browser.OpenCycleAsync("Console PD");
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await page.GotoAsync(new Uri(browser.BaseAddress, "/console/").ToString());
        await page.GetByLabel("Agency id").FillAsync(agencyId);
        await page.GetByLabel("Agency key").FillAsync(key);
        Assert.Empty(await browser.SeriousAccessibilityViolationsAsync(page));
        await browser.ScreenshotAsync(page, "console-1-sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GetByLabel("Title (shown to respondents)").FillAsync("Autumn 2026");
        await page.Locator("#instrument").SelectOptionAsync("safer-together@1.0.0"); // the form defaults to the newest; these answers are 1.0.0's
        await page.GetByRole(AriaRole.Button, new() { Name = "Open cycle" }).ClickAsync();
        var link = page.GetByLabel("Link");
        await link.WaitForAsync();
        var respondentUrl = await link.InputValueAsync();
        Assert.Contains("/survey/#", respondentUrl, StringComparison.Ordinal);
        Assert.Equal("0", await page.InnerTextAsync("#response-count"));

        var token = respondentUrl[(respondentUrl.LastIndexOf('#') + 1)..];
        using (var respondent = browser.Client())
        {
            for (var i = 0; i < 6; i++)
            {
                await respondent.PostAsync(new Uri($"/api/surveys/{token}/responses", UriKind.Relative), BrowserFixture.Body(
                    $$"""{ "respondentId": "c{{i}}", "group": "{{(i < 5 ? "line-officer" : "executive")}}", "answers": { "training.academy": 3, "training.fto": 1, "training.in-service": 2 } }"""));
            }
        }

        await page.WaitForFunctionAsync("() => document.querySelector('#response-count')?.textContent === '6'", null, new() { Timeout = 15000 });
        var counts = await page.InnerTextAsync("table:has(caption:text('Responses by group'))");
        // 5 line officers and 1 executive: showing "5" beside the total 6 would give the executive's count away, so both are
        // withheld; and "fewer than 5" beside the total 6 would pin the executive at 1, so neither gets a size.
        Assert.Contains("withheld", counts, StringComparison.Ordinal);
        Assert.DoesNotContain("fewer than", counts, StringComparison.Ordinal);
        Assert.DoesNotContain("5", counts, StringComparison.Ordinal);
        Assert.Empty(await browser.SeriousAccessibilityViolationsAsync(page));
        await browser.ScreenshotAsync(page, "console-2-open-cycle");

        await page.GetByRole(AriaRole.Button, new() { Name = "Close the cycle" }).ClickAsync();
        await page.GetByText("· closed").WaitForAsync();
        await page.Locator("#summary-scores").WaitForAsync();
        var summary = await page.InnerTextAsync("main");
        Assert.Contains("Overall", summary, StringComparison.Ordinal);
        Assert.Contains("Buy-in components", summary, StringComparison.Ordinal);
        Assert.Contains("Crisis readiness", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Domain scores", summary, StringComparison.Ordinal);
        Assert.Empty(await browser.SeriousAccessibilityViolationsAsync(page));
        await browser.ScreenshotAsync(page, "console-3-dashboard");

        // The rest of the dashboard is one tab away each.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Scores" }).ClickAsync();
        await page.GetByText("Domain scores").WaitForAsync();
        var scores = await page.InnerTextAsync("#view-scores");
        Assert.Contains("The five buy-in components", scores, StringComparison.Ordinal);
        Assert.Contains("The six crisis-readiness factors", scores, StringComparison.Ordinal);
        Assert.Equal(3, await page.Locator("#view-scores svg.chart[role=img]").CountAsync());
        await page.GetByRole(AriaRole.Tab, new() { Name = "Gaps" }).ClickAsync();
        Assert.Contains("Perception gaps", await page.InnerTextAsync("#view-gaps"), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Plan" }).ClickAsync();
        Assert.Contains("Action plan", await page.InnerTextAsync("#view-plan"), StringComparison.Ordinal);
        Assert.DoesNotContain("null", await page.TextContentAsync("main") ?? string.Empty, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Summary" }).ClickAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download PDF action plan" }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"console-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(path);
        try
        {
            Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(path)[..5]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
