using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace WellnessAssessment.Web.Tests;

/// <summary>The survey on a 390×844 phone: compact questions, no sideways scrolling, touch targets of at least 44 px.</summary>
[Collection(BrowserTests.Name)]
public sealed class SurveyPhoneLayoutTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const int ScreenHeight = 844;

    public static TheoryData<string, string> Languages => new() { { "en", "Line officers and deputies" }, { "es", "Oficiales de patrulla y ayudantes del alguacil" } };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Survey_OnA390x844Phone_TakesAtMostHalfAScreenPerQuestion_WithoutSidewaysScrollAndWith44PxTargets(string language, string group)
    {
        var (_, _, _, url) = await browser.OpenCycleAsync($"Phone layout PD {language}", "2.0.0");
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = ScreenHeight },
            HasTouch = true,
            IsMobile = true,
            Locale = language == "es" ? "es-US" : "en-US",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await page.GetByLabel(group).CheckAsync();
        await page.Locator("form button[type=submit]").First.ClickAsync();

        var questionHeights = new List<double>();
        var pageHeightPerQuestion = new List<double>();
        var parts = 0;
        while (await page.Locator("fieldset.item").CountAsync() > 0)
        {
            parts++;
            await page.Locator("#progress-text").WaitForAsync();
            Assert.Equal(language, await page.EvaluateAsync<string>("() => document.documentElement.lang"));
            var layout = await page.EvaluateAsync<double[]>("""
                () => {
                  const items = [...document.querySelectorAll('fieldset.item')];
                  const heights = items.map(e => { const s = getComputedStyle(e); return e.getBoundingClientRect().height + parseFloat(s.marginTop) + parseFloat(s.marginBottom); });
                  const sideways = document.documentElement.scrollWidth - document.documentElement.clientWidth;
                  const targets = [...document.querySelectorAll('label.choice, button, summary, a[href], input[type=text]')].filter(e => e.getClientRects().length > 0);
                  const smallest = Math.min(...targets.map(e => Math.min(e.getBoundingClientRect().width, e.getBoundingClientRect().height)));
                  return [document.documentElement.scrollHeight, sideways, smallest, ...heights];
                }
                """);
            var (scrollHeight, sideways, smallestTarget) = (layout[0], layout[1], layout[2]);
            Assert.True(sideways <= 0, $"part {parts} scrolls sideways by {sideways} px");
            Assert.True(smallestTarget >= 44, $"part {parts} has a touch target {smallestTarget} px across");
            questionHeights.AddRange(layout.Skip(3));
            pageHeightPerQuestion.Add(scrollHeight / (layout.Length - 3));
            if (parts == 1)
            {
                await browser.ScreenshotAsync(page, $"survey-part-1-{language}-390x844");
            }

            await page.Locator("form button[type=submit]").First.ClickAsync();
        }

        var average = questionHeights.Average();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{language}: {parts} parts, {questionHeights.Count} questions, average question height {average:F0} px ({average / ScreenHeight:F2} screens), tallest {questionHeights.Max():F0} px; whole part page per question {pageHeightPerQuestion.Average():F0} px"));
        Assert.Equal(15, parts);
        Assert.Equal(77, questionHeights.Count);
        Assert.True(average <= 0.5 * ScreenHeight, $"average question height {average:F0} px is over half of {ScreenHeight} px");
    }
}
