using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace WellnessAssessment.Web.Tests;

/// <summary>The survey in Spanish: chosen from the browser's language or by the respondent, keyboard-only to the end.</summary>
[Collection(BrowserTests.Name)]
public sealed class SurveySpanishTests(BrowserFixture browser)
{
    [Fact]
    public async Task Survey_InSpanish_CanBeCompletedWithTheKeyboardAlone_AndTheAnswersLandWithoutALanguage()
    {
        var (agencyId, key, cycleId, url) = await browser.OpenCycleAsync("Teclado PD", "2.0.0");
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "es-PR" });
        var page = await context.NewPageAsync();
        var submitted = new List<string>();
        page.Request += (_, request) => { if (request.Method == "POST" && request.Url.EndsWith("/responses", StringComparison.Ordinal)) submitted.Add(request.PostData ?? string.Empty); };
        await page.GotoAsync(url);
        await page.GetByRole(AriaRole.Button, new() { Name = "Empezar" }).WaitForAsync();
        Assert.Equal("es", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Contains("Autoevaluación de bienestar de la agencia", await page.InnerTextAsync("header"), StringComparison.Ordinal);
        Assert.Contains("78 preguntas · unos ", await page.InnerTextAsync("#survey-size"), StringComparison.Ordinal);
        Assert.Contains("Sus respuestas son anónimas", await page.InnerTextAsync("main"), StringComparison.Ordinal);

        // A keyboard user: Space on each question's first option, Enter on the buttons that move on, Tab between them.
        var answered = new HashSet<string>();
        for (var presses = 0; presses < 3000; presses++)
        {
            var focused = await page.EvaluateAsync<string[]>(
                "() => { const e = document.activeElement; return e ? [e.tagName, e.type || '', e.name || '', (e.textContent || '').trim()] : ['', '', '', '']; }");
            var (tag, type, name, text) = (focused[0], focused[1], focused[2], focused[3]);
            if (type == "radio" && answered.Add(name))
            {
                await page.Keyboard.PressAsync("Space");
            }
            else if (tag == "BUTTON" && text is "Empezar" or "Siguiente" or "Revisar respuestas" or "Enviar mis respuestas")
            {
                await page.Keyboard.PressAsync("Enter");
                if (text == "Enviar mis respuestas")
                {
                    break;
                }

                await page.WaitForTimeoutAsync(50);
                continue;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        await page.GetByRole(AriaRole.Heading, new() { Name = "Gracias" }).WaitForAsync();
        Assert.Equal(78, answered.Count); // the group and 77 items
        Assert.Equal(1, await browser.RespondentsAsync(agencyId, key, cycleId));
        var body = JsonNode.Parse(Assert.Single(submitted))!.AsObject();
        Assert.Equal(["respondentId", "group", "answers"], body.Select(property => property.Key));
        Assert.Equal(77, body["answers"]!.AsObject().Count);
    }

    [Fact]
    public async Task Survey_TheRespondentSwitchesLanguage_AndEverythingTheyReadFollows()
    {
        var (_, _, _, url) = await browser.OpenCycleAsync("Language switch PD", "2.0.0");
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).WaitForAsync();
        Assert.Equal("en", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "English" }).GetAttributeAsync("aria-pressed"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Español" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Empezar" }).WaitForAsync();
        Assert.Equal("es", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "Español" }).GetAttributeAsync("aria-pressed"));
        Assert.Equal("en", await page.GetByRole(AriaRole.Button, new() { Name = "English" }).GetAttributeAsync("lang"));
        Assert.Contains("No existe", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.GetByLabel("Despachadores").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Empezar" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Capacitación" }).WaitForAsync();
        Assert.Contains("Parte 1 de 15 · quedan 77 preguntas", await page.InnerTextAsync("#progress-text"), StringComparison.Ordinal);
        Assert.Contains("La academia a la que asisten nuestros reclutas", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.Locator("fieldset.item").First.GetByLabel("2 En desarrollo").CheckAsync();
        Assert.Contains("2 · En desarrollo — Existe en parte", await page.InnerTextAsync("fieldset.item >> nth=0"), StringComparison.Ordinal);

        // The choice is remembered on this device: a reload stays in Spanish.
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Capacitación" }).WaitForAsync();
        Assert.Equal("es", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
    }
}
