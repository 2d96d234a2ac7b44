using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace WellnessAssessment.Web.Tests;

[Collection(BrowserTests.Name)]
public sealed class SurveyPageTests(BrowserFixture browser)
{
    private async Task<IPage> PhoneAsync()
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true });
        return await context.NewPageAsync();
    }


    [Fact]
    public async Task Survey_OnAPhone_CanBeCompletedAndSubmitted_WithoutSeriousAccessibilityIssues()
    {
        var (agencyId, key, cycleId, url) = await browser.OpenCycleAsync("Phone PD");
        var page = await PhoneAsync();

        await page.GotoAsync(url);
        await page.GetByRole(AriaRole.Heading, new() { Name = "Spring 2026 wellness assessment" }).WaitForAsync();
        // The respondent statement says what is protected and what is not (issue 25).
        Assert.Contains("results are shown only for groups of at least 5 people", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("Your agency sees how many people in each group took part, never who, and never the count of a group of fewer than 5.", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("your agency sends out this link and knows whom it sent it to", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Empty(await browser.SeriousAccessibilityViolationsAsync(page));
        await browser.ScreenshotAsync(page, "survey-1-welcome-390x844");

        await page.GetByLabel("Line officers and deputies").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        for (var domain = 1; domain <= 13; domain++)
        {
            await page.GetByText($"Part {domain} of 13").WaitForAsync();
            if (domain == 1)
            {
                Assert.Empty(await browser.SeriousAccessibilityViolationsAsync(page));
                await browser.ScreenshotAsync(page, "survey-2-domain-390x844");
            }

            foreach (var item in await page.Locator("fieldset.item").AllAsync())
            {
                await item.Locator("label.choice").Nth(2).ClickAsync();
            }

            await page.GetByRole(AriaRole.Button, new() { Name = domain == 13 ? "Review answers" : "Next" }).ClickAsync();
        }

        await page.GetByText("You answered every question.").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" }).WaitForAsync();
        Assert.Empty(await browser.SeriousAccessibilityViolationsAsync(page));
        await browser.ScreenshotAsync(page, "survey-3-thank-you-390x844");
        // A shared device keeps only the receipt: no answers, no resume code (it is shown once, to write down).
        var kept = await page.EvaluateAsync<string>("() => Object.entries(localStorage).find(([k]) => k.startsWith('wellness-draft:'))[1]");
        Assert.Empty(System.Text.Json.Nodes.JsonNode.Parse(kept)!["answers"]!.AsObject());
        Assert.Null(System.Text.Json.Nodes.JsonNode.Parse(kept)!["resumeCode"]);
        Assert.Matches("use this code: [2-9A-Z]{5}-[2-9A-Z]{5}", await page.InnerTextAsync("#receipt-code"));

        Assert.Equal(1, await browser.RespondentsAsync(agencyId, key, cycleId));
    }

    [Fact]
    public async Task Survey_CanBeCompletedWithTheKeyboardAlone()
    {
        var (agencyId, key, cycleId, url) = await browser.OpenCycleAsync("Keyboard PD");
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(url);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).WaitForAsync();

        // A keyboard user: Space on each question's first option, Enter on the buttons that move on, Tab between them.
        var answered = new HashSet<string>();
        for (var presses = 0; presses < 2000; presses++)
        {
            var focused = await page.EvaluateAsync<string[]>(
                "() => { const e = document.activeElement; return e ? [e.tagName, e.type || '', e.name || '', (e.textContent || '').trim()] : ['', '', '', '']; }");
            var (tag, type, name, text) = (focused[0], focused[1], focused[2], focused[3]);
            if (type == "radio" && answered.Add(name))
            {
                await page.Keyboard.PressAsync("Space");
            }
            else if (tag == "BUTTON" && text is "Start" or "Next" or "Review answers" or "Submit my answers")
            {
                await page.Keyboard.PressAsync("Enter");
                if (text == "Submit my answers")
                {
                    break;
                }

                await page.WaitForTimeoutAsync(50);
                continue;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        await page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" }).WaitForAsync();
        Assert.Equal(57, answered.Count); // the group and 56 items
        Assert.Equal(1, await browser.RespondentsAsync(agencyId, key, cycleId));
    }

    [Fact]
    public async Task Survey_Draft_SurvivesAReload()
    {
        var (_, _, _, url) = await browser.OpenCycleAsync("Draft PD");
        var page = await PhoneAsync();
        await page.GotoAsync(url);
        await page.GetByLabel("Dispatchers").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        var first = page.Locator("fieldset.item").First;
        await first.Locator("label.choice").Nth(3).ClickAsync();

        await page.ReloadAsync();

        await page.GetByText("Part 1 of 13").WaitForAsync();
        Assert.True(await page.Locator("fieldset.item").First.Locator("input[type=radio]").Nth(3).IsCheckedAsync());
        Assert.Contains("Part 1 of 13 · 55 questions left", await page.InnerTextAsync(".progress"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Survey_WhenTheCycleIsClosed_SaysSo()
    {
        var (agencyId, key, cycleId, url) = await browser.OpenCycleAsync("Closed PD");
        using (var staff = browser.Client(key))
        {
            await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments/{cycleId}/close", UriKind.Relative), null);
        }

        var page = await PhoneAsync();
        await page.GotoAsync(url);

        await page.GetByRole(AriaRole.Heading, new() { Name = "This assessment has closed" }).WaitForAsync();
        await browser.ScreenshotAsync(page, "survey-4-closed-390x844");
    }
}
