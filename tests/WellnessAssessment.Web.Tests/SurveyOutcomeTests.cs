using Microsoft.Playwright;

namespace WellnessAssessment.Web.Tests;

/// <summary>A 2.1.0 survey: the outcome items are one last part, answered on their own agreement scale.</summary>
[Collection(BrowserTests.Name)]
public sealed class SurveyOutcomeTests(BrowserFixture browser)
{
    [Fact]
    public async Task Survey21_EndsWithTheOutcomePart_OnTheAgreementScale_WithoutNotApplicable_AndSubmits()
    {
        var (agencyId, key, cycleId, url) = await browser.OpenCycleAsync("Outcome PD", "2.1.0");
        var page = await (await browser.Browser.NewContextAsync()).NewPageAsync();

        await page.GotoAsync(url);
        await page.GetByLabel("Line officers and deputies").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        for (var part = 1; part <= 16; part++)
        {
            await page.GetByText($"Part {part} of 16").WaitForAsync();
            if (part == 16)
            {
                await page.GetByRole(AriaRole.Heading, new() { Name = "How you see this agency" }).WaitForAsync();
                var main = await page.InnerTextAsync("main");
                Assert.Contains("I intend to still be working for this agency two years from now.", main, StringComparison.Ordinal);
                Assert.Contains("Strongly agree", main, StringComparison.Ordinal);
                Assert.Equal("0 = Strongly disagree · 4 = Strongly agree", await page.TextContentAsync(".scale-ends"));
                Assert.Equal(5, await page.Locator("fieldset.item").CountAsync());
                Assert.Equal(0, await page.Locator("fieldset.item input[value='not-applicable']").CountAsync());
                Assert.Empty(await browser.SeriousAccessibilityViolationsAsync(page));
            }

            foreach (var item in await page.Locator("fieldset.item").AllAsync())
            {
                await item.Locator("label.choice").Nth(3).ClickAsync();
            }

            await page.GetByRole(AriaRole.Button, new() { Name = part == 16 ? "Review answers" : "Next" }).ClickAsync();
        }

        await page.GetByText("You answered every question.").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" }).WaitForAsync();
        Assert.Equal(1, await browser.RespondentsAsync(agencyId, key, cycleId));
    }
}
