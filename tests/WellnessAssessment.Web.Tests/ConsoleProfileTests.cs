using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace WellnessAssessment.Web.Tests;

/// <summary>The agency's profile in the console: the new-cycle form is pre-filled from it, and can save its answers as the agency's profile.</summary>
[Collection(BrowserTests.Name)]
public sealed class ConsoleProfileTests(BrowserFixture browser)
{
    [Fact]
    public async Task NewCycleForm_IsPrefilledFromTheAgencysProfile_AndSavesAChangeAsTheAgencysProfile()
    {
        var (agencyId, key, _, _) = await browser.OpenCycleAsync("Profile Console PD");
        using (var staff = browser.Client(key))
        {
            (await staff.PutAsync(new Uri($"/api/agencies/{agencyId}/profile", UriKind.Relative), BrowserFixture.Body("""{ "size": "11-49", "dispatch": "shared", "ownAcademy": false }"""))).EnsureSuccessStatusCode();
        }

        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await browser.SignInAsync(page, agencyId, key);

        Assert.Equal("11-49", await page.Locator("#profile-size").InputValueAsync());
        Assert.Equal("shared", await page.Locator("#profile-dispatch").InputValueAsync());
        Assert.Equal("no", await page.Locator("#profile-academy").InputValueAsync());
        Assert.Equal(string.Empty, await page.Locator("#profile-union").InputValueAsync());
        Assert.Contains("saved profile", await page.InnerTextAsync("#profile-source"), StringComparison.Ordinal);
        Assert.Empty(await browser.Wcag21AaViolationsAsync(page));

        await page.GetByLabel("Title (shown to respondents)").FillAsync("Winter 2026");
        await page.Locator("#profile-union").SelectOptionAsync("yes");
        await page.GetByLabel("Save as the agency's profile (pre-filled on every new cycle)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open cycle" }).ClickAsync();
        await page.GetByLabel("Link").WaitForAsync();

        using var client = browser.Client(key);
        var agency = JsonNode.Parse(await client.GetStringAsync(new Uri($"/api/agencies/{agencyId}", UriKind.Relative)))!;
        var profile = agency["profile"]!;
        Assert.Equal(("11-49", false, "shared", true), ((string)profile["size"]!, (bool)profile["ownAcademy"]!, (string)profile["dispatch"]!, (bool)profile["unionOrAssociation"]!));
        Assert.Null(profile["employeeAssistance"]);
        var cycles = JsonNode.Parse(await client.GetStringAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative)))!.AsArray();
        var opened = cycles.Single(cycle => (string)cycle!["title"]! == "Winter 2026")!;
        Assert.True((bool)opened["profile"]!["unionOrAssociation"]!);
        await browser.ScreenshotAsync(page, "console-profile-saved");
    }
}
