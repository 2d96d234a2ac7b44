using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using WellnessAssessment.Reports;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;

namespace WellnessAssessment.Web.Tests;

/// <summary>The console dashboard of a cycle on an instrument unlike the built-in one, and the HTML report under axe-core in Chromium.</summary>
[Collection(BrowserTests.Name)]
public sealed class SecondInstrumentPageTests(BrowserFixture browser)
{
    private static readonly DateTimeOffset FixedDate = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Console_OnTheSecondInstrument_ShowsItsHeadingsShortTitlesAndTheResultsThresholds()
    {
        using var admin = browser.Client(BrowserFixture.AdminKey);
        var agency = JsonNode.Parse(await (await admin.PostAsync(new Uri("/api/agencies", UriKind.Relative), BrowserFixture.Body("""{ "name": "Harbor County ECC" }"""))).Content.ReadAsStringAsync())!;
        var (agencyId, key) = (agency["id"]!.GetValue<string>(), agency["key"]!.GetValue<string>());
        using var staff = browser.Client(key);
        var opened = await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative), BrowserFixture.Body("""{ "title": "Winter pulse check", "instrumentId": "dispatch-pulse" }"""));
        var cycle = JsonNode.Parse(await opened.Content.ReadAsStringAsync())!;
        Assert.True(opened.IsSuccessStatusCode, cycle.ToJsonString());
        var cycleId = cycle["id"]!.GetValue<string>();
        var token = cycle["respondentUrl"]!.GetValue<string>().Split('#')[^1];
        var responses = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "second-instrument", "dispatch-pulse.responses.json")))!["responses"]!.AsArray();
        using (var respondent = browser.Client())
        {
            foreach (var response in responses)
            {
                var posted = await respondent.PostAsync(new Uri($"/api/surveys/{token}/responses", UriKind.Relative), BrowserFixture.Body(response!.ToJsonString()));
                Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
            }
        }

        Assert.True((await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments/{cycleId}/close", UriKind.Relative), null)).IsSuccessStatusCode);

        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(browser.BaseAddress, "/console/").ToString());
        await page.GetByLabel("Agency id").FillAsync(agencyId);
        await page.GetByLabel("Agency key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByText("Winter pulse check").WaitForAsync();
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/console/#/cycles/{cycleId}/scores").ToString());
        await page.GetByText("Domain scores").WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Gaps" }).ClickAsync();
        await page.GetByText("flagged at 15 points or more").WaitForAsync();

        var dashboard = await page.TextContentAsync("main") ?? string.Empty;
        Assert.Contains("Recovery habits on the floor", dashboard, StringComparison.Ordinal);
        Assert.Contains("Team climate", dashboard, StringComparison.Ordinal);
        Assert.Contains("flagged at 15 points or more", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("buy-in", dashboard, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("crisis", dashboard, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, await page.Locator("svg.chart[role=img]").CountAsync());
        var labels = await page.Locator("svg.chart text").AllTextContentsAsync();
        Assert.Contains("Breaks", labels);
        Assert.Contains("Feedback from floor…", labels);
        Assert.Equal(["0", "20", "40", "60", "80", "100"], labels.Where(label => label.All(char.IsAsciiDigit)).Take(6));
        await page.GetByRole(AriaRole.Tab, new() { Name = "Scores" }).ClickAsync();
        Assert.Empty(await browser.SeriousAccessibilityViolationsAsync(page));
        await browser.ScreenshotAsync(page, "console-second-instrument");
    }

    public static TheoryData<string> Reports => ["built-in", "second-instrument"];

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task HtmlReport_InChromium_HasNoSeriousOrCriticalAxeViolations(string which)
    {
        var (instrument, responses) = which == "built-in"
            ? (WellnessAssessment.Instruments.InstrumentCatalog.BuiltIn.Instruments[0], Path.Combine(AppContext.BaseDirectory, "assessments", "examples", "mid-size-agency.json"))
            : (BrowserFixture.SecondInstrument, Path.Combine(AppContext.BaseDirectory, "second-instrument", "dispatch-pulse.responses.json"));
        var result = new AssessmentScorer().Score(instrument, WellnessJson.ReadResponseSet(await File.ReadAllTextAsync(responses)));
        using var stream = new MemoryStream();
        new HtmlReportWriter().Write(new ReportContent(result, instrument) { CreatedAt = FixedDate }, stream);
        var page = await browser.Browser.NewPageAsync();

        await page.SetContentAsync(Encoding.UTF8.GetString(stream.ToArray()));

        Assert.Equal("Organizational Wellness Action Plan", await page.InnerTextAsync("h1"));
        Assert.Empty(await browser.SeriousAccessibilityViolationsAsync(page));
        await browser.ScreenshotAsync(page, $"html-report-{which}");
    }
}
