using System.Text.Json.Nodes;
using Microsoft.Playwright;
using WellnessAssessment.Testing.Peers;

namespace WellnessAssessment.Web.Tests;

/// <summary>
/// The closed cycle's summary lets command staff choose its focus areas and save them (PUT …/focus-areas) with the
/// keyboard alone; the API's refusal is shown where the choice was made; the summary still fits 1280×900.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class FocusAreaConsoleTests(BrowserFixture browser)
{
    [Fact]
    public async Task Summary_ChoosesAndSavesFocusAreasByKeyboard_AndShowsTheApisRefusalOfFour()
    {
        var set = GeneratedAgencies.ResponseSets(seed: 1341, GeneratedAgencies.Sizes(0, 1, 0, 0))[0];
        var (agencyId, key, cycleId) = await browser.ClosedCycleAsync(set, "Focus Console 2027");
        using var staff = browser.Client(key);
        var cyclePath = new Uri($"/api/agencies/{agencyId}/assessments/{cycleId}", UriKind.Relative);
        var before = JsonNode.Parse(await staff.GetStringAsync(cyclePath))!;
        var suggested = before["suggestedFocusAreas"]!.AsArray().Select(area => (string)area!["domainId"]!).ToList();
        Assert.InRange(suggested.Count, 1, 3);
        Assert.Null(before["focusAreas"]);

        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await browser.SignInAsync(page, agencyId, key);
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/console/#/cycles/{cycleId}").ToString());
        var chooser = page.Locator("#focus-area-chooser");
        await chooser.WaitForAsync();

        // Folded, the summary still fits the screen.
        Assert.True(await page.EvaluateAsync<bool>("() => document.scrollingElement.scrollHeight <= window.innerHeight"), "The summary with the folded chooser is taller than 900 px.");

        // Opened by keyboard: the current (suggested) areas come first and are ticked, then every other area.
        await page.Locator("#focus-area-chooser summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var boxes = page.Locator("#focus-area-form input[name=focus-area]");
        await boxes.First.WaitForAsync();
        var offered = new List<string>();
        for (var i = 0; i < await boxes.CountAsync(); i++)
        {
            offered.Add((await boxes.Nth(i).GetAttributeAsync("value"))!);
        }

        Assert.Equal(suggested, offered.Take(suggested.Count));
        Assert.Equal(offered.Count, offered.Distinct(StringComparer.Ordinal).Count());
        for (var i = 0; i < offered.Count; i++)
        {
            Assert.Equal(i < suggested.Count, await boxes.Nth(i).IsCheckedAsync());
        }

        Assert.Empty(await browser.Wcag21AaViolationsAsync(page));

        // Four areas: the API refuses and the page shows its answer, naming the field, beside the form.
        await boxes.Nth(suggested.Count).FocusAsync();
        for (var i = suggested.Count; i < 4; i++)
        {
            await boxes.Nth(i).FocusAsync();
            await page.Keyboard.PressAsync("Space");
        }

        await page.Locator("#focus-area-form button[type=submit]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var outcome = page.Locator("#focus-area-outcome:not([hidden])");
        await outcome.WaitForAsync();
        Assert.Contains("focusAreas", await outcome.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Null(JsonNode.Parse(await staff.GetStringAsync(cyclePath))!["focusAreas"]);

        // Keep only two areas that were not suggested (untick the rest with Space), save with Enter.
        var chosen = offered.Skip(suggested.Count).Take(2).ToList();
        for (var i = 0; i < offered.Count; i++)
        {
            if (await boxes.Nth(i).IsCheckedAsync() != chosen.Contains(offered[i]))
            {
                await boxes.Nth(i).FocusAsync();
                await page.Keyboard.PressAsync("Space");
            }
        }

        await page.Locator("#focus-area-form button[type=submit]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.querySelector('#focus-areas h3')?.textContent === 'Focus areas'");

        var after = JsonNode.Parse(await staff.GetStringAsync(cyclePath))!;
        Assert.Equal(chosen, after["focusAreas"]!.AsArray().Select(area => (string)area!["domainId"]!));
        var titles = after["focusAreas"]!.AsArray().Select(area => (string)area!["title"]!).ToList();
        Assert.Equal(titles, await page.Locator("#focus-areas li").AllInnerTextsAsync());
        Assert.Contains("Focus areas saved", await page.InnerTextAsync("#status"), StringComparison.Ordinal);
        await browser.ScreenshotAsync(page, "console-focus-areas-saved-1280x900");
        // The summary card itself (below the "saved" notice) still ends within the window.
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('.summary-card').getBoundingClientRect().height + document.querySelector('#tab-summary').getBoundingClientRect().bottom <= window.innerHeight"), "The summary card with saved focus areas does not fit below the tabs in 900 px.");
        Assert.Empty(await browser.Wcag21AaViolationsAsync(page));
    }
}
