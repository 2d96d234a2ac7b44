using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace WellnessAssessment.Web.Tests;

/// <summary>A respondent never loses an answer to a transient failure: the page retries, then offers "Try again".</summary>
[Collection(BrowserTests.Name)]
public sealed class SurveyRetryTests(BrowserFixture browser)
{
    private const string SubmitRoute = "**/api/survey/responses";

    [Fact]
    public async Task Submit_WhenTheFirstTwoAttemptsFail_RetriesAndLandsOnce()
    {
        var (agencyId, key, cycleId, url) = await browser.OpenCycleAsync("Retry PD");
        var page = await browser.Browser.NewPageAsync();
        var attempts = 0;
        var messages = new List<string>();
        await page.RouteAsync(SubmitRoute, async route =>
        {
            attempts++;
            switch (attempts)
            {
                case 1:
                    await route.FulfillAsync(new() { Status = 503, ContentType = "application/problem+json", Headers = new Dictionary<string, string> { ["Retry-After"] = "1" }, Body = """{ "title": "Storage unavailable", "status": 503 }""" });
                    break;
                case 2:
                    await route.AbortAsync("connectionreset");
                    break;
                default:
                    await route.ContinueAsync();
                    break;
            }
        });

        await AnswerAndReviewAsync(page, url);
        var status = page.Locator("#status");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        for (var i = 0; i < 100 && attempts < 3; i++)
        {
            var text = await status.InnerTextAsync();
            if (text.Length > 0 && !messages.Contains(text))
            {
                messages.Add(text);
            }

            await Task.Delay(50);
        }

        await page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" }).WaitForAsync();
        Assert.Equal(3, attempts);
        Assert.Contains(messages, text => text.Contains("Your answers are safe on this device.", StringComparison.Ordinal));
        Assert.Equal(1, await browser.RespondentsAsync(agencyId, key, cycleId));
    }

    [Fact]
    public async Task Submit_WhenEveryAutomaticRetryFails_KeepsTheDraftAndOffersTryAgain()
    {
        var (agencyId, key, cycleId, url) = await browser.OpenCycleAsync("Outage PD");
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var attempts = 0;
        await page.RouteAsync(SubmitRoute, async route =>
        {
            attempts++;
            await route.FulfillAsync(new() { Status = 503, ContentType = "application/problem+json", Headers = new Dictionary<string, string> { ["Retry-After"] = "1" }, Body = """{ "title": "Storage unavailable", "status": 503 }""" });
        });

        await AnswerAndReviewAsync(page, url);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        var tryAgain = page.GetByRole(AriaRole.Button, new() { Name = "Try again" });
        await tryAgain.WaitForAsync(new() { Timeout = 20_000 });
        Assert.Equal(4, attempts);
        Assert.Contains("Your answers are safe: they are saved on this device, and nothing is lost.", await page.InnerTextAsync("#problem"), StringComparison.Ordinal);
        Assert.Empty(await browser.SeriousAccessibilityViolationsAsync(page));
        await browser.ScreenshotAsync(page, "survey-4-send-failed");

        // The draft survives a reload of the page, answers included.
        await page.ReloadAsync();
        await page.GetByText("Ready to submit").WaitForAsync();
        var draft = await page.EvaluateAsync<string>("() => Object.entries(localStorage).find(([k]) => k.startsWith('wellness-draft:'))[1]");
        Assert.Equal(3, JsonNode.Parse(draft)!["answers"]!["training.academy"]!.GetValue<int>());
        Assert.Equal(0, await browser.RespondentsAsync(agencyId, key, cycleId));

        // The store is back: one more try by hand lands the answers.
        await page.UnrouteAsync(SubmitRoute);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" }).WaitForAsync();
        Assert.Equal(1, await browser.RespondentsAsync(agencyId, key, cycleId));
        await context.CloseAsync();
    }

    private static async Task AnswerAndReviewAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.GetByLabel("Line officers and deputies").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await page.GetByText("Part 1 of 13").WaitForAsync();
        await page.Locator("fieldset.item").First.Locator("label.choice").Nth(3).ClickAsync();
        for (var domain = 1; domain <= 13; domain++)
        {
            await page.GetByText($"Part {domain} of 13").WaitForAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = domain == 13 ? "Review answers" : "Next" }).ClickAsync();
        }

        await page.GetByText("Ready to submit").WaitForAsync();
    }

}
