using Microsoft.Playwright;

namespace WellnessAssessment.Web.Tests;

/// <summary>
/// axe-core with the WCAG 2.1 A and AA rules on every survey page in English and Spanish and on every console page:
/// 0 violations of any impact (ADA Title II binds state and local government web content to WCAG 2.1 AA).
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string> Languages => ["en-US", "es-US"];

    private async Task AssertNoViolationsAsync(IPage page, string where, List<string> found)
    {
        foreach (var violation in await browser.Wcag21AaViolationsAsync(page))
        {
            found.Add($"{where}: {violation}");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task EverySurveyPage_HasNoWcag21AaViolations(string locale)
    {
        var spanish = locale.StartsWith("es", StringComparison.Ordinal);
        string T(string english, string spanishText) => spanish ? spanishText : english;
        var (agencyId, key, cycleId, url) = await browser.OpenCycleAsync($"Axe survey {locale}", "2.0.0");
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        var found = new List<string>();

        await page.GotoAsync(url);
        await page.GetByRole(AriaRole.Button, new() { Name = T("Start", "Empezar") }).WaitForAsync();
        Assert.Equal(locale[..2], await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        await AssertNoViolationsAsync(page, "welcome", found);

        await page.GetByRole(AriaRole.Button, new() { Name = T("Start", "Empezar") }).ClickAsync();
        await page.Locator("#status:not([hidden])").WaitForAsync();
        await AssertNoViolationsAsync(page, "welcome with an error", found);

        await page.GetByLabel(T("Dispatchers", "Despachadores")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = T("Start", "Empezar") }).ClickAsync();
        await page.Locator("fieldset.item").First.WaitForAsync();
        await page.Locator("fieldset.item").First.Locator("input[value='3']").CheckAsync();
        await page.Locator("details.legend summary").ClickAsync();
        await AssertNoViolationsAsync(page, "part 1 with the legend open", found);
        await browser.ScreenshotAsync(page, $"survey-part-1-legend-{locale[..2]}-390x844");

        await page.GetByRole(AriaRole.Button, new() { Name = T("Get a resume code", "Obtener un código de reanudación") }).ClickAsync();
        await page.Locator("#resume-code-shown:not([hidden])").WaitForAsync();
        await AssertNoViolationsAsync(page, "part 1 with a resume code", found);

        for (var part = 1; part <= 15; part++)
        {
            await page.Locator("form button[type=submit]").First.ClickAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = T("Submit my answers", "Enviar mis respuestas") }).WaitForAsync();
        await AssertNoViolationsAsync(page, "review", found);
        await page.GetByRole(AriaRole.Button, new() { Name = T("Submit my answers", "Enviar mis respuestas") }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = T("Thank you", "Gracias") }).WaitForAsync();
        await AssertNoViolationsAsync(page, "thank you", found);

        using (var staff = browser.Client(key))
        {
            Assert.True((await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments/{cycleId}/close", UriKind.Relative), null)).IsSuccessStatusCode);
        }

        var closed = await context.NewPageAsync();
        await closed.GotoAsync(url);
        await closed.GetByRole(AriaRole.Heading, new() { Name = T("This assessment has closed", "Esta evaluación está cerrada") }).WaitForAsync();
        await AssertNoViolationsAsync(closed, "closed", found);

        var invalid = await context.NewPageAsync();
        await invalid.GotoAsync(new Uri(browser.BaseAddress, "/survey/no-such-token").ToString());
        await invalid.GetByText(T("This survey link is not valid.", "Este enlace de la encuesta no es válido.")).WaitForAsync();
        await AssertNoViolationsAsync(invalid, "invalid link", found);

        Assert.Empty(found);
    }

    [Fact]
    public async Task EveryConsolePage_HasNoWcag21AaViolations()
    {
        var (agencyId, key, _, url) = await browser.OpenCycleAsync("Axe console PD", "2.0.0");
        var token = url[(url.LastIndexOfAny(['/', '#']) + 1)..];
        using (var respondent = browser.Client())
        {
            for (var i = 0; i < 6; i++)
            {
                await respondent.PostAsync(new Uri($"/api/surveys/{token}/responses", UriKind.Relative), BrowserFixture.Body(
                    $$"""{ "respondentId": "a{{i}}", "group": "{{(i < 3 ? "line-officer" : "executive")}}", "answers": { "training.academy": {{i % 5}}, "training.in-service": 2, "plan-early.response-plan": 3 } }"""));
            }
        }

        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        var found = new List<string>();

        await page.GotoAsync(browser.BaseAddress.ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Open the command console" }).WaitForAsync();
        await AssertNoViolationsAsync(page, "home", found);

        await page.GotoAsync(new Uri(browser.BaseAddress, "/console/").ToString());
        await page.GetByLabel("Agency id").FillAsync(agencyId);
        await AssertNoViolationsAsync(page, "sign-in", found);
        await page.GetByLabel("Agency key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByText("Spring 2026 wellness assessment").First.WaitForAsync();
        await AssertNoViolationsAsync(page, "cycles", found);

        await page.GetByRole(AriaRole.Link, new() { Name = "Spring 2026 wellness assessment" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Close the cycle" }).WaitForAsync();
        await AssertNoViolationsAsync(page, "open cycle", found);

        await page.GetByRole(AriaRole.Button, new() { Name = "Close the cycle" }).ClickAsync();
        await page.Locator("#summary-scores").WaitForAsync();
        await AssertNoViolationsAsync(page, "closed cycle summary", found);
        foreach (var tab in new[] { "Scores", "Gaps", "Heat map", "Plan", "Participation", "Peers" })
        {
            await page.GetByRole(AriaRole.Tab, new() { Name = tab, Exact = true }).ClickAsync();
            await page.Locator("[role=tabpanel]:not([hidden])").WaitForAsync();
            await AssertNoViolationsAsync(page, $"closed cycle, {tab} tab", found);
        }

        Assert.Empty(found);
    }
}
