using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace WellnessAssessment.Web.Tests;

[Collection(BrowserTests.Name)]
public sealed class InvitationCodePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Survey_WithInvitationCodes_AsksForTheCode_RefusesAWrongOne_AndSubmitsWithTheRightOne()
    {
        var (agencyId, key, cycleId, url) = await browser.OpenCycleAsync("Slip PD");
        using (var staff = browser.Client(key))
        {
            var issued = await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments/{cycleId}/invitations", UriKind.Relative), BrowserFixture.Body("""{ "count": 2 }"""));
            Assert.True(issued.IsSuccessStatusCode, await issued.Content.ReadAsStringAsync());
            var codes = JsonNode.Parse(await issued.Content.ReadAsStringAsync())!["codes"]!.AsArray();
            Code = codes[0]!.GetValue<string>();
        }

        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true });
        var page = await context.NewPageAsync();
        var sent = new List<string>();
        page.Request += (_, request) => sent.Add(request.Url);

        await page.GotoAsync(url);
        await page.GetByRole(AriaRole.Heading, new() { Name = "Spring 2026 wellness assessment" }).WaitForAsync();
        Assert.Contains("Your invitation code is not linked to your name", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.GetByLabel("Line officers and deputies").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        for (var domain = 1; domain <= 13; domain++)
        {
            await page.GetByText($"Part {domain} of 13").WaitForAsync();
            await page.Locator("fieldset.item").First.Locator("label.choice").Nth(3).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = domain == 13 ? "Review answers" : "Next" }).ClickAsync();
        }

        var field = page.GetByLabel("Invitation code (from your slip, like ABCDE-12345)");
        await field.WaitForAsync();
        Assert.Empty(await browser.SeriousAccessibilityViolationsAsync(page));
        await browser.ScreenshotAsync(page, "survey-invitation-code-390x844");

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        await page.GetByText("Type the invitation code from your slip to submit.").WaitForAsync();

        await field.FillAsync("ZZZZZ-ZZZZZ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        await page.GetByText("This invitation code is not one of this survey's codes.", new() { Exact = false }).WaitForAsync();
        Assert.Equal(0, await browser.RespondentsAsync(agencyId, key, cycleId));

        await field.FillAsync(Code!.ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" }).WaitForAsync();

        Assert.Equal(1, await browser.RespondentsAsync(agencyId, key, cycleId));
        var token = url[(url.IndexOf('#', StringComparison.Ordinal) + 1)..];
        Assert.DoesNotContain(sent, request => request.Contains(token, StringComparison.Ordinal) || request.Contains(Code, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Console_IssuesCodes_AndDownloadsTheSlipsAndTheCsv()
    {
        var (agencyId, key, cycleId, _) = await browser.OpenCycleAsync("Roll Call Slips PD");
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        await page.GotoAsync(new Uri(browser.BaseAddress, "/console/").ToString());
        await page.GetByLabel("Agency id").FillAsync(agencyId);
        await page.GetByLabel("Agency key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByText("Spring 2026 wellness assessment").First.WaitForAsync();
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/console/#/cycles/{cycleId}").ToString());
        await page.GetByText("No codes issued: anyone with the link can answer.").WaitForAsync();

        await page.GetByLabel("How many new codes").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Issue codes" }).ClickAsync();
        await page.GetByText("12 codes issued, 0 used. Every answer now needs a code.").WaitForAsync();
        Assert.Empty(await browser.SeriousAccessibilityViolationsAsync(page));
        await browser.ScreenshotAsync(page, "console-invitation-codes");

        var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download printable slips (PDF)" }).ClickAsync());
        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download CSV for mail merge" }).ClickAsync());
        var pdfBytes = await File.ReadAllBytesAsync((await pdf.PathAsync())!);
        var csvLines = await File.ReadAllLinesAsync((await csv.PathAsync())!);

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdfBytes, 0, 4));
        Assert.Equal(13, csvLines.Length);
        Assert.Equal("code,survey_url", csvLines[0]);
    }

    private string? Code { get; set; }
}
