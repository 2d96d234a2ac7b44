using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WellnessAssessment.Instruments;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Web.Tests;

/// <summary>Honest time on the welcome page, and a resume code that carries a half-finished draft to another device.</summary>
[Collection(BrowserTests.Name)]
public sealed partial class SurveyResumeTests(BrowserFixture browser)
{
    [GeneratedRegex("[2-9A-Z]{5}-[2-9A-Z]{5}")]
    private static partial Regex Code();

    private async Task<IPage> PhoneAsync()
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true, Locale = "en-US" });
        return await context.NewPageAsync();
    }

    [Fact]
    public async Task Welcome_SaysHowManyQuestionsAndTheEstimatedTimeFromTheInstrument()
    {
        var (_, _, _, url) = await browser.OpenCycleAsync("Estimate PD");
        var estimate = SurveyTimeEstimate.For(InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0")!);
        var page = await PhoneAsync();

        await page.GotoAsync(url);

        Assert.Equal($"57 questions · about {estimate.Minutes} minutes", await page.InnerTextAsync("#survey-size"));
        Assert.InRange(estimate.Minutes, 5, 20);
    }

    [Fact]
    public async Task ResumeCode_MovesAHalfFinishedDraftToAnotherBrowser_AndStopsWorkingWhenTheCycleCloses()
    {
        var (agencyId, key, cycleId, url) = await browser.OpenCycleAsync("Resume PD");
        var first = await PhoneAsync();
        var failures = new List<string>();
        first.Response += (_, response) => { if (response.Status >= 400) failures.Add($"{response.Status} {response.Request.Method} {response.Url}"); };
        await first.GotoAsync(url);
        await first.GetByLabel("Dispatchers").CheckAsync();
        await first.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        foreach (var item in await first.Locator("fieldset.item").AllAsync())
        {
            await item.Locator("input[value='3']").CheckAsync();
        }

        await first.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await first.GetByText("Part 2 of 13").WaitForAsync();
        await first.Locator("fieldset.item").First.GetByLabel("Don't know").CheckAsync();
        await first.GetByRole(AriaRole.Button, new() { Name = "Get a resume code" }).ClickAsync();
        await first.Locator("#resume-code-shown:not([hidden]), #status.error").First.WaitForAsync();
        Assert.Empty(failures);
        var code = Code().Match(await first.InnerTextAsync("#resume-code-shown")).Value;
        Assert.NotEmpty(code);
        var answeredOnFirst = await first.InnerTextAsync("#progress-text");

        // Another device: a fresh browser context, nothing in its storage; the code typed in lower case with a space.
        var second = await PhoneAsync();
        await second.GotoAsync(url);
        await second.GetByLabel("Resume code").FillAsync(code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant());
        await second.GetByRole(AriaRole.Button, new() { Name = "Continue with this code" }).ClickAsync();
        await second.GetByText("Part 2 of 13").WaitForAsync();
        Assert.Equal(answeredOnFirst, await second.InnerTextAsync("#progress-text"));
        Assert.True(await second.Locator("fieldset.item").First.GetByLabel("Don't know").IsCheckedAsync());
        await second.GetByRole(AriaRole.Button, new() { Name = "Back" }).ClickAsync();
        await second.GetByText("Part 1 of 13").WaitForAsync();
        foreach (var item in await second.Locator("fieldset.item").AllAsync())
        {
            Assert.Equal("3", await item.Locator("input:checked").GetAttributeAsync("value"));
        }

        // Finish on the second device: the answers land like any other.
        for (var part = 1; part <= 13; part++)
        {
            await second.GetByRole(AriaRole.Button, new() { Name = part == 13 ? "Review answers" : "Next" }).ClickAsync();
        }

        await second.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        await second.GetByRole(AriaRole.Heading, new() { Name = "Thank you" }).WaitForAsync();
        Assert.Equal(1, await browser.RespondentsAsync(agencyId, key, cycleId));

        using (var staff = browser.Client(key))
        {
            Assert.True((await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments/{cycleId}/close", UriKind.Relative), null)).IsSuccessStatusCode);
        }

        using var respondent = browser.Client();
        var token = url[(url.LastIndexOfAny(['/', '#']) + 1)..];
        var afterClose = await respondent.SendDraftAsync(HttpMethod.Get, token, $"/{code}");
        Assert.Equal(HttpStatusCode.Conflict, afterClose.StatusCode);
        var third = await PhoneAsync();
        await third.GotoAsync(url);
        await third.GetByRole(AriaRole.Heading, new() { Name = "This assessment has closed" }).WaitForAsync();
    }

    [Fact]
    public async Task ResumeCode_ThatNobodyWasGiven_IsRefusedWithoutSayingAnythingElse()
    {
        var (_, _, _, url) = await browser.OpenCycleAsync("Unknown code PD");
        var page = await PhoneAsync();
        await page.GotoAsync(url);

        await page.GetByLabel("Resume code").FillAsync("ABCDE-FGHJK");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue with this code" }).ClickAsync();

        await page.GetByText("That resume code does not work.").WaitForAsync();
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).CountAsync());
    }
}
