using System.Text.Json.Nodes;
using Microsoft.Playwright;
using WellnessAssessment.Web.Tests.Contract;

namespace WellnessAssessment.Web.Tests;

/// <summary>
/// The pages read exactly the documented shapes: every property the console and the survey read from an API response
/// (recorded in the browser by <c>Contract/record-api-reads.js</c>) must be defined by the served OpenAPI document.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class PageContractTests(BrowserFixture browser)
{
    private static readonly string Recorder = Path.Combine(AppContext.BaseDirectory, "Contract", "record-api-reads.js");

    [Fact]
    public async Task ConsoleAndSurvey_ReadOnlyPropertiesTheOpenApiDocumentDefines()
    {
        var (agencyId, key, _, respondentUrl) = await browser.OpenCycleAsync("Contract PD");
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await context.AddInitScriptAsync(scriptPath: Recorder);
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await page.GotoAsync(new Uri(browser.BaseAddress, "/console/").ToString());
        await page.GetByLabel("Agency id").FillAsync(agencyId);
        await page.GetByLabel("Agency key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Title (shown to respondents)").FillAsync("Contract cycle");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open cycle" }).ClickAsync();
        var link = page.GetByLabel("Link");
        await link.WaitForAsync();
        var url = await link.InputValueAsync();
        var token = url[(url.LastIndexOfAny(['/', '#', '=']) + 1)..];
        using (var respondent = browser.Client())
        {
            for (var i = 0; i < 6; i++)
            {
                await respondent.PostAsync(new Uri($"/api/surveys/{token}/responses", UriKind.Relative), BrowserFixture.Body(
                    $$"""{ "respondentId": "k{{i}}", "group": "{{(i < 5 ? "line-officer" : "executive")}}", "answers": { "training.academy": {{i % 5}}, "training.fto": 1, "training.in-service": 2 } }"""));
            }
        }

        await page.WaitForFunctionAsync("() => document.querySelector('#response-count')?.textContent === '6'", null, new() { Timeout = 15000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Close the cycle" }).ClickAsync();
        await page.Locator("#summary-scores").WaitForAsync();
        await page.Locator("#peers").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.GotoAsync(new Uri(browser.BaseAddress, "/console/#/").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Contract cycle" }).WaitForAsync();
        var consoleReads = await ReadsAsync(page);

        var survey = await context.NewPageAsync();
        await survey.GotoAsync(respondentUrl);
        await survey.WaitForFunctionAsync("() => window.__apiReads.some(read => read.operation.startsWith('GET /api/survey'))", null, new() { Timeout = 15000 });
        await survey.GetByRole(AriaRole.Heading, new() { Level = 1 }).First.WaitForAsync();
        var surveyReads = await ReadsAsync(survey);

        using var client = browser.Client();
        var document = new ApiDocument(JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!);
        var reads = consoleReads.Concat(surveyReads).ToList();
        var undefined = reads.Select(read => document.Undefined(read.Operation, read.Path)).OfType<string>().Distinct().ToList();

        Assert.True(undefined.Count == 0, "The pages read properties the OpenAPI document does not define:\n" + string.Join('\n', undefined));
        // The recorder saw the whole flow, so the check above covered it.
        Assert.Contains(reads, read => read.Operation == $"GET /api/agencies/{agencyId}/assessments" && read.Path.StartsWith("$[].", StringComparison.Ordinal));
        Assert.Contains(reads, read => read.Operation.StartsWith("POST /api/agencies/", StringComparison.Ordinal) && read.Path == "$.id");
        Assert.Contains(reads, read => read.Operation.EndsWith("/results", StringComparison.Ordinal) && read.Path.StartsWith("$.sections", StringComparison.Ordinal));
        Assert.Contains(reads, read => read.Operation.StartsWith("GET /api/instruments/", StringComparison.Ordinal));
        Assert.Contains(reads, read => read.Operation.StartsWith("GET /api/survey", StringComparison.Ordinal) && read.Path == "$.status");
    }

    [Fact]
    public void ApiDocument_UndefinedProperty_IsNamed_AndDefinedOnesPass()
    {
        var document = new ApiDocument(JsonNode.Parse("""
            { "paths": { "/api/things/{id}": { "get": { "responses": { "200": { "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Thing" } } } } } } } } },
              "components": { "schemas": { "Thing": { "type": "object", "properties": { "name": { "type": "string" }, "parts": { "oneOf": [ { "type": "null" }, { "type": "array", "items": { "type": "object", "properties": { "count": { "type": "integer" } } } } ] }, "counts": { "type": "object", "additionalProperties": { "type": "integer" } } } } } } }
            """)!);

        Assert.Null(document.Undefined("GET /api/things/a1", "$[].name"));
        Assert.Null(document.Undefined("GET /api/things/a1", "$[].parts[].count"));
        Assert.Null(document.Undefined("GET /api/things/a1", "$[].counts.line-officer"));
        Assert.Equal("GET /api/things/a1: the page reads $[].items, which /api/things/{id} does not define (read up to position 9)", document.Undefined("GET /api/things/a1", "$[].items"));
        Assert.Equal("GET /api/other: no path of the document matches", document.Undefined("GET /api/other", "$.id"));
    }

    private static async Task<IReadOnlyList<(string Operation, string Path)>> ReadsAsync(IPage page)
    {
        var reads = await page.EvaluateAsync<string[]>("() => window.__apiReads.map(read => read.operation + '\\n' + read.path)");
        return [.. reads.Select(read => (read[..read.IndexOf('\n', StringComparison.Ordinal)], read[(read.IndexOf('\n', StringComparison.Ordinal) + 1)..]))];
    }
}
