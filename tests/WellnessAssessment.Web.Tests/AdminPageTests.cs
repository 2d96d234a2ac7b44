using System.Net;
using Microsoft.Playwright;

namespace WellnessAssessment.Web.Tests;

/// <summary>The administration page (<c>/console/admin.html</c>): the admin key in the page's memory only, a new agency and its key shown once, a key replaced.</summary>
[Collection(BrowserTests.Name)]
public sealed class AdminPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task AdminPage_CreatesAnAgency_ShowsItsKeyOnce_ThenReplacesIt_AndTheOldKeyStopsWorking()
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        var agencyId = $"admin-page-{Guid.NewGuid():N}"[..24];

        await page.GotoAsync(new Uri(browser.BaseAddress, "/console/admin.html").ToString());
        await page.GetByLabel("Admin key").FillAsync(BrowserFixture.AdminKey);
        Assert.Empty(await browser.Wcag21AaViolationsAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Admin Page PD");
        await page.GetByLabel("Id (optional: made from the name when left empty)").FillAsync(agencyId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create agency" }).ClickAsync();
        var createdKey = await page.Locator("#created-key").InputValueAsync();
        Assert.Equal(agencyId, await page.InnerTextAsync("#created-agency"));
        Assert.Contains("It will not be shown again", await page.InnerTextAsync("#created-warning"), StringComparison.Ordinal);
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Copy key" }).IsVisibleAsync());
        Assert.Empty(await browser.Wcag21AaViolationsAsync(page));
        await browser.ScreenshotAsync(page, "admin-1-created");

        // The key the page showed opens the agency.
        using (var staff = browser.Client(createdKey))
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative))).StatusCode);
        }

        await page.GetByLabel("Agency id", new() { Exact = true }).FillAsync(agencyId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Replace key" }).ClickAsync();
        var rotatedKey = await page.Locator("#rotated-key").InputValueAsync();
        Assert.NotEqual(createdKey, rotatedKey);
        Assert.Equal(0, await page.Locator("#created-key").CountAsync()); // the first key is not shown any more
        Assert.Contains("It will not be shown again", await page.InnerTextAsync("#rotated-warning"), StringComparison.Ordinal);
        Assert.Empty(await browser.Wcag21AaViolationsAsync(page));
        await browser.ScreenshotAsync(page, "admin-2-rotated");

        using (var old = browser.Client(createdKey))
        using (var current = browser.Client(rotatedKey))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await old.GetAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await current.GetAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative))).StatusCode);
        }

        // The admin key lives in the page's memory only: nothing in either storage, and a reload asks for it again.
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length + sessionStorage.length"));
        await page.ReloadAsync();
        await page.GetByLabel("Admin key").WaitForAsync();
    }

    [Fact]
    public async Task AdminPage_RebuildsTheBenchmark_AndAWrongAdminKeyIsAskedForAgain()
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await page.GotoAsync(new Uri(browser.BaseAddress, "/console/admin.html").ToString());
        await page.GetByLabel("Admin key").FillAsync("not-the-admin-key-at-all-not-the-admin-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Rebuild the benchmark" }).ClickAsync();
        await page.GetByLabel("Admin key").WaitForAsync();
        Assert.Contains("not accepted", await page.InnerTextAsync("#status"), StringComparison.Ordinal);

        await page.GetByLabel("Admin key").FillAsync(BrowserFixture.AdminKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Rebuild the benchmark" }).ClickAsync();
        await page.Locator("#rebuild-result > *").WaitForAsync();
        Assert.Equal("The benchmark was rebuilt.", await page.InnerTextAsync("#status"));
        Assert.Empty(await browser.Wcag21AaViolationsAsync(page));
        await browser.ScreenshotAsync(page, "admin-3-rebuilt-phone");
    }
}
