using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SkiaSharp;
using UglyToad.PdfPig;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

public sealed partial class InvitationCodeTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task CycleWith20Codes_Accepts20RespondentsWhoMayResubmit_RefusesCodelessAndReusedSubmissions()
    {
        using var api = new ApiFactory(azurite);
        var cycle = await OpenCycleAsync(api);
        var respondent = api.CreateClient();
        var before = await Json.ReadAsync(await Send(respondent, HttpMethod.Get, "/api/survey", cycle.Token));

        var issued = await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/invitations", UriKind.Relative), Json.Body(new { count = 20 }));
        var body = await Json.ReadAsync(issued);
        var codes = body["codes"]!.AsArray().Select(code => code!.GetValue<string>()).ToList();
        var after = await Json.ReadAsync(await Send(respondent, HttpMethod.Get, "/api/survey", cycle.Token));

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal(20, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches(CodeShape(), code));
        Assert.Equal(20, body["totalIssued"]!.GetValue<int>());
        Assert.Equal(cycle.Url, body["surveyUrl"]!.GetValue<string>());
        Assert.False(before["invitationCodeRequired"]!.GetValue<bool>());
        Assert.True(after["invitationCodeRequired"]!.GetValue<bool>());

        for (var i = 0; i < codes.Count; i++)
        {
            // Typing is forgiving: lower case and no dash.
            var typed = i % 2 == 0 ? codes[i] : codes[i].Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            var first = await Submit(respondent, cycle.Token, typed, $"person-{i}", 2);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            // Changing the answers takes the resume code issued with them (the respondent id is the server's).
            var resumeCode = (await Json.ReadAsync(first))["resumeCode"]!.GetValue<string>();
            Assert.Equal(HttpStatusCode.OK, (await Submit(respondent, cycle.Token, codes[i], $"person-{i}", 4, resumeCode)).StatusCode);
        }

        var codeless = await Submit(respondent, cycle.Token, null, "person-20", 3);
        var reused = await Submit(respondent, cycle.Token, codes[0], "person-20", 3);
        var unknown = await Submit(respondent, cycle.Token, "ZZZZZ-ZZZZZ", "person-20", 3);
        var status = await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/invitations", UriKind.Relative)));
        await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/close", UriKind.Relative), null); // an anonymous survey releases its results at close
        var result = await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/results", UriKind.Relative)));

        await AssertRefusedAsync(codeless, "This survey asks for an invitation code: type the code from your slip (like ABCDE-12345). Nothing was stored.");
        await AssertRefusedAsync(reused, "This invitation code has already been used by someone else. Each code lets one person answer; if it is yours, answer from the device you used first, or ask for a new slip. Nothing was stored.");
        await AssertRefusedAsync(unknown, "This invitation code is not one of this survey's codes. Check it against your slip (letters and digits, like ABCDE-12345). Nothing was stored.");
        Assert.Equal(20, status["issued"]!.GetValue<int>());
        Assert.Equal(20, status["used"]!.GetValue<int>());
        Assert.Equal(20, result["respondents"]!.GetValue<int>());
    }

    [Fact]
    public async Task Purge_DeletesTheCodesAndWhichRespondentHeldThem()
    {
        using var api = new ApiFactory(azurite);
        var cycle = await OpenCycleAsync(api);
        var codes = (await Json.ReadAsync(await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/invitations", UriKind.Relative), Json.Body(new { count = 3 }))))["codes"]!.AsArray();
        Assert.Equal(HttpStatusCode.OK, (await Submit(api.CreateClient(), cycle.Token, codes[0]!.GetValue<string>(), "holder", 3)).StatusCode);
        await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/close", UriKind.Relative), null);
        var before = await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/invitations", UriKind.Relative)));

        var purge = await cycle.Staff.DeleteAsync(new Uri($"{cycle.Path}/responses", UriKind.Relative));
        var after = await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/invitations", UriKind.Relative)));

        Assert.Equal((3, 1), (before["issued"]!.GetValue<int>(), before["used"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.OK, purge.StatusCode);
        Assert.Equal((0, 0), (after["issued"]!.GetValue<int>(), after["used"]!.GetValue<int>()));
    }

    [Fact]
    public async Task CycleWithoutCodes_KeepsTheSharedLink()
    {
        using var api = new ApiFactory(azurite);
        var cycle = await OpenCycleAsync(api);
        var respondent = api.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await Submit(respondent, cycle.Token, null, $"shared-{i}", 1)).StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        var status = await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/invitations", UriKind.Relative)));
        Assert.Equal(0, status["issued"]!.GetValue<int>());
    }

    [Fact]
    public async Task Sheet_IsAValidPdfHoldingTheCodes_WhoseQrCodesDecodeToTheSurveyUrl_AndCsvListsThem()
    {
        using var api = new ApiFactory(azurite);
        var cycle = await OpenCycleAsync(api);
        var issued = await Json.ReadAsync(await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/invitations", UriKind.Relative), Json.Body(new { count = 20 })));
        var codes = issued["codes"]!.AsArray().Select(code => code!.GetValue<string>()).ToList();

        var sheet = await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/invitations/sheet.pdf", UriKind.Relative), Json.Body(new { codes }));
        var csv = await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/invitations/sheet.csv", UriKind.Relative), Json.Body(new { codes }));
        var foreign = await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/invitations/sheet.pdf", UriKind.Relative), Json.Body(new { codes = new[] { codes[0], "ZZZZZ-ZZZZZ" } }));

        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
        Assert.Equal("application/pdf", sheet.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", sheet.Headers.CacheControl!.ToString());
        var pdf = await sheet.Content.ReadAsByteArrayAsync();
        var folder = Directory.CreateTempSubdirectory("invitation-sheet-");
        try
        {
            var file = Path.Combine(folder.FullName, "sheet.pdf");
            await File.WriteAllBytesAsync(file, pdf);
            var (check, checkOutput, checkError) = await RunAsync("qpdf", "--check", file);
            Assert.True(check == 0, checkOutput + checkError);

            using (var document = PdfDocument.Open(pdf))
            {
                Assert.Equal(2, document.NumberOfPages);
                var text = string.Join('\n', document.GetPages().Select(page => page.Text));
                Assert.All(codes, code => Assert.Contains(code, text, StringComparison.Ordinal));
                Assert.Contains("This code is not linked to your name.", text, StringComparison.Ordinal);
            }

            var (render, _, renderError) = await RunAsync("pdftoppm", "-r", "200", "-png", file, Path.Combine(folder.FullName, "page"));
            Assert.True(render == 0, renderError);
            var screenshots = Directory.CreateDirectory(Path.Combine(AzuriteFixture.FindRoot(), "TestResults", "screenshots"));
            File.Copy(Directory.GetFiles(folder.FullName, "page*.png").Order(StringComparer.Ordinal).First(), Path.Combine(screenshots.FullName, "invitation-sheet-page-1.png"), overwrite: true);
            // Each slip cut out of the rendered page (ten a page: two columns, five rows inside a half-inch margin) and scanned alone.
            var decoded = new List<string>();
            const float Scale = 200f / 72f;
            foreach (var page in Directory.GetFiles(folder.FullName, "page*.png").Order(StringComparer.Ordinal))
            {
                using var rendered = SKBitmap.Decode(page);
                for (var slot = 0; slot < 10; slot++)
                {
                    var (width, height) = ((612f - 72f) / 2, (792f - 72f) / 5);
                    var area = SKRectI.Round(new SKRect(36 + (slot % 2 * width), 36 + (slot / 2 * height), 36 + ((slot % 2 + 1) * width), 36 + ((slot / 2 + 1) * height)));
                    using var slip = new SKBitmap();
                    Assert.True(rendered.ExtractSubset(slip, new SKRectI((int)(area.Left * Scale), (int)(area.Top * Scale), (int)(area.Right * Scale), (int)(area.Bottom * Scale))));
                    var slipFile = Path.Combine(folder.FullName, $"slip-{decoded.Count:00}.png");
                    await using (var output = File.Create(slipFile))
                    {
                        slip.Encode(output, SKEncodedImageFormat.Png, 100);
                    }

                    var (scan, scanned, scanError) = await RunAsync("zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", slipFile);
                    Assert.True(scan == 0, $"zbarimg found no QR code on slip {decoded.Count + 1}: {scanError}");
                    decoded.Add(Assert.Single(scanned.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()));
                }
            }

            Assert.Equal(20, decoded.Count);
            Assert.All(decoded, url => Assert.Equal(cycle.Url, url));
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code,survey_url", lines[0]);
        Assert.Equal(codes.Select(code => $"{code},{cycle.Url}"), lines[1..]);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("not issued for this cycle", (await foreign.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GuessingCodes_IsRateLimitedPerAddress_With429AndRetryAfter()
    {
        using var api = new ApiFactory(azurite);
        using var factory = api.WithWebHostBuilder(builder => builder.UseSetting("Wellness:Submissions:WrongCodesPerAddressPerTenMinutes", "3"));
        var cycle = await OpenCycleAsync(factory);
        var codes = (await Json.ReadAsync(await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/invitations", UriKind.Relative), Json.Body(new { count = 1 }))))["codes"]!.AsArray();
        var guesser = factory.CreateClient();

        var guesses = new List<HttpStatusCode>();
        foreach (var guess in new[] { "AAAAA-AAAAA", "BBBBB-BBBBB", "CCCCC-CCCCC", "DDDDD-DDDDD" })
        {
            guesses.Add((await Submit(guesser, cycle.Token, guess, "guesser", 1)).StatusCode);
        }

        var right = await Submit(guesser, cycle.Token, codes[0]!.GetValue<string>(), "guesser", 1);

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.TooManyRequests], guesses);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.True(right.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing");
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string detail)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await Json.ReadAsync(response);
        Assert.Equal("Invitation code not accepted", problem["title"]!.GetValue<string>());
        Assert.Equal(detail, problem["detail"]!.GetValue<string>());
    }

    internal static Task<HttpResponseMessage> Submit(HttpClient client, string token, string? code, string respondentId, int level, string? resumeCode = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/survey/responses", UriKind.Relative))
        {
            Content = Json.Body($$"""{ "respondentId": "{{respondentId}}", "group": "line-officer", "answers": { "training.academy": {{level}} } }"""),
        };
        request.Headers.Add("X-Respondent-Token", token);
        if (code is not null)
        {
            request.Headers.Add("X-Invitation-Code", code);
        }

        if (resumeCode is not null)
        {
            request.Headers.Add("X-Resume-Code", resumeCode);
        }

        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Respondent-Token", token);
        return client.SendAsync(request);
    }

    internal static async Task<OpenedCycle> OpenCycleAsync(WebApplicationFactory<Program> api)
    {
        var admin = api.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", ApiFactory.AdminKey);
        var agency = await Json.ReadAsync(await admin.PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = "Invitation PD" })));
        var agencyId = agency["id"]!.GetValue<string>();
        var staff = api.CreateClient();
        staff.DefaultRequestHeaders.Authorization = new("Bearer", agency["key"]!.GetValue<string>());
        var cycle = await Json.ReadAsync(await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative), Json.Body(new { title = "Spring", instrumentId = "safer-together", instrumentVersion = "1.0.0" })));
        var id = cycle["id"]!.GetValue<string>();
        return new OpenedCycle(staff, $"/api/agencies/{agencyId}/assessments/{id}", cycle["respondentToken"]!.GetValue<string>(), cycle["respondentUrl"]!.GetValue<string>());
    }

    /// <summary>Runs a tool; its standard output, and standard error apart (zbarimg writes D-Bus noise there).</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start: run .ci/install");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [GeneratedRegex("^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$")]
    private static partial Regex CodeShape();

    internal sealed record OpenedCycle(HttpClient Staff, string Path, string Token, string Url);
}
