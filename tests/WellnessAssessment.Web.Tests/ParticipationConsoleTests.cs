using Microsoft.Playwright;

namespace WellnessAssessment.Web.Tests;

[Collection(BrowserTests.Name)]
public sealed class ParticipationConsoleTests(BrowserFixture browser)
{
    [Fact]
    public async Task Console_SavesHeadcounts_ShowsParticipationByGroup_AndFlagsAGroupOverItsHeadcount()
    {
        var (agencyId, key, cycleId, url) = await browser.OpenCycleAsync("Headcount PD");
        var token = url[(url.IndexOf('#', StringComparison.Ordinal) + 1)..];
        using (var respondent = browser.Client())
        {
            for (var i = 0; i < 6; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/survey/responses", UriKind.Relative))
                {
                    Content = BrowserFixture.Body($$"""{ "respondentId": "officer-{{i}}", "group": "line-officer", "answers": { "training.academy": 3 } }"""),
                };
                request.Headers.Add("X-Respondent-Token", token);
                var response = await respondent.SendAsync(request);
                Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            }
        }

        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(browser.BaseAddress, "/console/").ToString());
        await page.GetByLabel("Agency id").FillAsync(agencyId);
        await page.GetByLabel("Agency key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByText("Spring 2026 wellness assessment").First.WaitForAsync();
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/console/#/cycles/{cycleId}").ToString());
        await page.GetByText("Give expected headcounts to see participation rates.").WaitForAsync();

        await page.GetByText("Expected headcounts", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Line officers and deputies").FillAsync("4");
        await page.GetByLabel("All staff who may answer (optional; default: the groups together)").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save headcounts" }).ClickAsync();

        await page.GetByText("6 of 30 staff answered (20%).").WaitForAsync();
        var warning = await page.Locator("#participation-warning").InnerTextAsync();
        Assert.StartsWith("More responses than staff: the link may have gone beyond your agency.", warning, StringComparison.Ordinal);
        var row = await page.Locator("#participation tr.flagged").InnerTextAsync();
        Assert.Equal(["Line officers and deputies", "4", "6", "150%", "More responses than staff; Burst: 6 answers within ten minutes from"], row.Split('\t').Select(cell => cell.Trim()).Select(cell => cell.StartsWith("More", StringComparison.Ordinal) ? cell[..cell.IndexOf(" from", StringComparison.Ordinal)] + " from" : cell));
        Assert.Empty(await browser.SeriousAccessibilityViolationsAsync(page));
        await browser.ScreenshotAsync(page, "console-participation");

        // The list of cycles shows the rate beside the count, and that something needs checking.
        await page.GotoAsync(new Uri(browser.BaseAddress, "/console/#/").ToString());
        await page.GetByText("6 (20% of 30) — check participation").WaitForAsync();
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/console/#/cycles/{cycleId}").ToString());

        // The headcounts are stored: a fresh load shows them in the form.
        await page.ReloadAsync();
        await page.GetByText("6 of 30 staff answered (20%).").WaitForAsync();
        Assert.Equal("4", await page.GetByLabel("Line officers and deputies").InputValueAsync());
    }
}
