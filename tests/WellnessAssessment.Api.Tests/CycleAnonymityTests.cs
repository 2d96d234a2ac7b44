using System.Net;
using System.Text.Json.Nodes;
using WellnessAssessment.Serialization;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

/// <summary>
/// The attacks of issue 25 on a cycle's lifecycle, tried over HTTP as an agency with its own key (or a link holder)
/// would: each recovered something on the code before the fix and recovers nothing now.
/// </summary>
public sealed class CycleAnonymityTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private const string NotReleased = "This is an anonymous survey: results are released when the cycle closes. Until then only the protected response counts are shown.";
    private readonly ApiFactory _factory = new(azurite);

    public void Dispose() => _factory.Dispose();

    private sealed record Cycle(HttpClient Staff, string AgencyId, string Id, string Token, JsonNode View)
    {
        public string Path => $"/api/agencies/{AgencyId}/assessments/{Id}";
    }

    private async Task<Cycle> OpenAsync(string agency, string? purpose = null)
    {
        var created = await Json.ReadAsync(await _factory.ClientWithKey(ApiFactory.AdminKey).PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = agency })));
        var staff = _factory.ClientWithKey(created["key"]!.GetValue<string>());
        var agencyId = created["id"]!.GetValue<string>();
        object body = purpose is null
            ? new { title = "Spring 2026 staff survey", instrumentId = "safer-together", instrumentVersion = "1.0.0" }
            : new { title = "Spring 2026 staff survey", instrumentId = "safer-together", instrumentVersion = "1.0.0", purpose };
        var opened = await staff.PostAsync(new Uri($"/api/agencies/{agencyId}/assessments", UriKind.Relative), Json.Body(body));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var view = await Json.ReadAsync(opened);
        return new Cycle(staff, agencyId, view["id"]!.GetValue<string>(), view["respondentToken"]!.GetValue<string>(), view);
    }

    private static StringContent Answer(string respondentId, string group, int value) =>
        Json.Body($$"""{ "respondentId": "{{respondentId}}", "group": "{{group}}", "answers": { "training.academy": {{value}}, "training.in-service": {{value}}, "training.all-ranks": {{value}} } }""");

    private static StringContent ImportOf(IEnumerable<(string Id, string Group, int Value)> rows) =>
        Json.Body(new JsonObject
        {
            ["instrument"] = new JsonObject { ["id"] = "safer-together", ["version"] = "1.0.0" },
            ["responses"] = new JsonArray([.. rows.Select(row => (JsonNode)new JsonObject
            {
                ["respondentId"] = row.Id,
                ["group"] = row.Group,
                ["answers"] = new JsonObject { ["training.academy"] = row.Value, ["training.in-service"] = row.Value, ["training.all-ranks"] = row.Value },
            })]),
        }.ToJsonString());

    private async Task<HttpResponseMessage> SubmitAsync(Cycle cycle, StringContent answer, string? code = null, string? resumeCode = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/survey/responses", UriKind.Relative)) { Content = answer };
        request.Headers.Add("X-Respondent-Token", cycle.Token);
        if (code is not null)
        {
            request.Headers.Add("X-Invitation-Code", code);
        }

        if (resumeCode is not null)
        {
            request.Headers.Add("X-Resume-Code", resumeCode);
        }

        return await _factory.CreateClient().SendAsync(request);
    }

    private static async Task<JsonNode> ViewAsync(Cycle cycle) => await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri(cycle.Path, UriKind.Relative)));

    private static async Task<string> ProblemDetailAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await Json.ReadAsync(response))["detail"]!.GetValue<string>();
    }

    // Attack 1: read the results of an open cycle before and after each submission; the differences are each sheet.
    [Fact]
    public async Task Attack1_OpenAnonymousCycle_ResultsReportsAndPeerViewAnswer409_UntilClose()
    {
        var cycle = await OpenAsync("Attack One PD");
        var reads = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SubmitAsync(cycle, Answer($"r{i}", "line-officer", i + 1))).StatusCode);
            reads.Add((await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/results", UriKind.Relative))).StatusCode);
        }

        var results = await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/results", UriKind.Relative));
        var pdf = await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/report.pdf", UriKind.Relative));
        var html = await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/report.html", UriKind.Relative));
        var peers = await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/peer-comparison", UriKind.Relative));
        var view = await ViewAsync(cycle);

        Assert.Equal([HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict], reads);
        Assert.Equal(NotReleased, await ProblemDetailAsync(results));
        Assert.Equal(HttpStatusCode.Conflict, pdf.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, html.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, peers.StatusCode);
        // The cycle view withholds the total of 3, and nothing else says it.
        Assert.Null(view["responseCount"]?.GetValue<int?>());
        Assert.False(view["resultsReleased"]!.GetValue<bool>());
        Assert.Equal("anonymous-survey", view["purpose"]!.GetValue<string>());
        Assert.Equal("online", view["origin"]!.GetValue<string>());
    }

    [Fact]
    public async Task LeadershipSelfAssessment_ShowsLiveResults_AndTheSurveySaysItIsNotAnonymous()
    {
        var cycle = await OpenAsync("Chief Self PD", "leadership-self-assessment");
        Assert.Equal(HttpStatusCode.OK, (await SubmitAsync(cycle, Answer("chief", "executive", 4))).StatusCode);

        var results = await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/results", UriKind.Relative));
        using var surveyRequest = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/survey", UriKind.Relative));
        surveyRequest.Headers.Add("X-Respondent-Token", cycle.Token);
        var survey = await Json.ReadAsync(await _factory.CreateClient().SendAsync(surveyRequest));
        var pdf = await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/report.pdf", UriKind.Relative));

        Assert.Equal("leadership-self-assessment", cycle.View["purpose"]!.GetValue<string>());
        Assert.True(cycle.View["resultsReleased"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, results.StatusCode);
        var result = await Json.ReadAsync(results);
        Assert.Equal("leadership-self-assessment", result["options"]!["purpose"]!.GetValue<string>());
        Assert.Equal(1, result["respondents"]!.GetValue<int>());
        Assert.Equal("leadership-self-assessment", survey["purpose"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
    }

    // Attack 2: a cycle with one respondent; the purpose reaches the core, which decides what such a release shows.
    [Fact]
    public async Task Attack2_AnonymousCycle_IsScoredAsAnAnonymousRelease_AndAnOldRowReadsAsAnonymous()
    {
        var cycle = await OpenAsync("Attack Two PD");
        Assert.Equal(HttpStatusCode.OK, (await SubmitAsync(cycle, Answer("only-one", "executive", 4))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/close", UriKind.Relative), null)).StatusCode);

        var result = await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/results", UriKind.Relative)));

        Assert.Equal("anonymous-survey", result["options"]!["purpose"]!.GetValue<string>());
        Assert.Equal("anonymous-survey", (await ViewAsync(cycle))["purpose"]!.GetValue<string>());
    }

    // Attack 3: pad a group of one with crafted imported responses, read, then import an empty set before close.
    [Fact]
    public async Task Attack3_PadWithAnImport_ReadNothing_AndASecondImportIsRefused()
    {
        var cycle = await OpenAsync("Attack Three PD");
        var import = new Uri($"{cycle.Path}/responses/import", UriKind.Relative);
        var padded = await cycle.Staff.PostAsync(import, ImportOf([("lone-executive", "executive", 4), .. Enumerable.Range(0, 4).Select(i => ($"pad-{i}", "executive", 0))]));
        var read = await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/results", UriKind.Relative));
        var emptied = await cycle.Staff.PostAsync(import, ImportOf([]));
        var view = await ViewAsync(cycle);

        Assert.Equal(HttpStatusCode.OK, padded.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, read.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, emptied.StatusCode);
        Assert.Equal("The cycle already took its one import; a cycle takes one import only, and nothing was imported. Open a new cycle for another response set.", await ProblemDetailAsync(emptied));
        Assert.Equal(5, view["responseCount"]!.GetValue<int>());
        Assert.Equal("import", view["origin"]!.GetValue<string>());
    }

    [Fact]
    public async Task OnlineAndImportedAnswers_NeverMix_EitherWay()
    {
        var online = await OpenAsync("Online First PD");
        Assert.Equal(HttpStatusCode.OK, (await SubmitAsync(online, Answer("x", "fto", 2))).StatusCode);
        var importAfterOnline = await online.Staff.PostAsync(new Uri($"{online.Path}/responses/import", UriKind.Relative), ImportOf([("i-1", "fto", 1)]));

        var imported = await OpenAsync("Import First PD");
        Assert.Equal(HttpStatusCode.OK, (await imported.Staff.PostAsync(new Uri($"{imported.Path}/responses/import", UriKind.Relative), ImportOf([("i-1", "fto", 1)]))).StatusCode);
        var onlineAfterImport = await SubmitAsync(imported, Answer("y", "fto", 2));

        Assert.Equal(HttpStatusCode.Conflict, importAfterOnline.StatusCode);
        Assert.Equal("The cycle already has answers submitted through its link; a cycle takes online answers or one import, never both, and nothing was imported. Open a new cycle for the import.", await ProblemDetailAsync(importAfterOnline));
        Assert.Equal(HttpStatusCode.Conflict, onlineAfterImport.StatusCode);
        Assert.Equal("This cycle takes its answers from an import, not through the link; nothing was stored.", await ProblemDetailAsync(onlineAfterImport));
        Assert.Equal("online", (await ViewAsync(online))["origin"]!.GetValue<string>());
    }

    [Fact]
    public async Task ClosedCycles_SayWhereTheirAnswersComeFrom_InTheResultAndEveryReport()
    {
        var online = await OpenAsync("Online Origin PD");
        foreach (var i in Enumerable.Range(0, 5))
        {
            Assert.Equal(HttpStatusCode.OK, (await SubmitAsync(online, Answer($"o-{i}", "line-officer", i % 5))).StatusCode);
        }

        var imported = await OpenAsync("Import Origin PD");
        Assert.Equal(HttpStatusCode.OK, (await imported.Staff.PostAsync(new Uri($"{imported.Path}/responses/import", UriKind.Relative), ImportOf(Enumerable.Range(0, 5).Select(i => ($"i-{i}", "line-officer", i % 5))))).StatusCode);

        foreach (var (cycle, origin, line) in new[] { (online, "online", "Answers collected online"), (imported, "import", "Answers imported from another survey tool") })
        {
            Assert.Equal(HttpStatusCode.OK, (await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/close", UriKind.Relative), null)).StatusCode);
            var result = await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/results", UriKind.Relative)));
            var html = await cycle.Staff.GetStringAsync(new Uri($"{cycle.Path}/report.html", UriKind.Relative));
            var pdf = await cycle.Staff.GetByteArrayAsync(new Uri($"{cycle.Path}/report.pdf", UriKind.Relative));

            Assert.Equal(origin, result["origin"]!.GetValue<string>());
            Assert.Equal(origin, (await ViewAsync(cycle))["origin"]!.GetValue<string>());
            Assert.Contains(line, html, StringComparison.Ordinal);
            using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
            Assert.Contains(line.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(document.GetPage(1).Letters.Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    // Attack 4: binary search on PUT headcounts after close (and after purge) reading the flags.
    [Fact]
    public async Task Attack4_HeadcountsFreezeAtClose_SetOnceIfNeverSet_AndPurgedCyclesRefuse()
    {
        var cycle = await OpenAsync("Attack Four PD");
        var headcounts = new Uri($"{cycle.Path}/headcounts", UriKind.Relative);
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SubmitAsync(cycle, Answer($"r{i}", i < 5 ? "line-officer" : "dispatcher", 2))).StatusCode);
        }

        var whileOpen = await cycle.Staff.PutAsync(headcounts, Json.Body(new { total = 40 }));
        var cleared = await cycle.Staff.PutAsync(headcounts, Json.Body(new { }));
        Assert.Equal(HttpStatusCode.OK, (await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/close", UriKind.Relative), null)).StatusCode);
        var probes = new List<HttpStatusCode>();
        foreach (var dispatchers in new[] { 8, 4, 2, 1 })
        {
            probes.Add((await cycle.Staff.PutAsync(headcounts, Json.Body(new { groups = new Dictionary<string, int> { ["line-officer"] = 20, ["dispatcher"] = dispatchers } }))).StatusCode);
        }

        var clearAfterClose = await cycle.Staff.PutAsync(headcounts, Json.Body(new { }));
        Assert.Equal(HttpStatusCode.OK, (await cycle.Staff.DeleteAsync(new Uri($"{cycle.Path}/responses", UriKind.Relative))).StatusCode);
        var afterPurge = await cycle.Staff.PutAsync(headcounts, Json.Body(new { total = 60 }));
        var audit = (await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri($"/api/agencies/{cycle.AgencyId}/audit", UriKind.Relative)))).AsArray()
            .Where(entry => entry!["event"]!.GetValue<string>() == "headcounts-changed").ToList();

        Assert.Equal(HttpStatusCode.OK, whileOpen.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict], probes);
        Assert.Equal(HttpStatusCode.Conflict, clearAfterClose.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, afterPurge.StatusCode);
        Assert.Equal("The cycle's responses were purged; its headcounts can no longer be changed.", await ProblemDetailAsync(afterPurge));
        Assert.Equal(3, audit.Count); // set while open, cleared while open, set once after close
        var view = await ViewAsync(cycle);
        Assert.Equal(8, view["headcounts"]!["groups"]!["dispatcher"]!.GetValue<int>());
    }

    // Attack 6: after close, submit each invitation code; 403 "already used" against 409 "closed" told which were used.
    [Fact]
    public async Task Attack6_AfterClose_EveryInvitationCode_GetsTheSame409()
    {
        var cycle = await OpenAsync("Attack Six PD");
        var codes = (await Json.ReadAsync(await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/invitations", UriKind.Relative), Json.Body(new { count = 3 }))))["codes"]!.AsArray().Select(code => code!.GetValue<string>()).ToList();
        Assert.Equal(HttpStatusCode.OK, (await SubmitAsync(cycle, Answer("holder", "fto", 3), codes[0])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/close", UriKind.Relative), null)).StatusCode);

        var answers = new List<(HttpStatusCode Status, string Body)>();
        foreach (var code in new[] { codes[0], codes[1], "ZZZZZ-ZZZZZ", string.Empty })
        {
            var response = await SubmitAsync(cycle, Answer("someone", "fto", 1), code.Length == 0 ? null : code);
            answers.Add((response.StatusCode, await ProblemDetailAsync(response)));
        }

        Assert.All(answers, answer => Assert.Equal((HttpStatusCode.Conflict, "This assessment has closed; answers can no longer be submitted or changed."), answer));
    }

    // Attack 7: submit through the link with guessed ids; the earlier respondents' answers were silently replaced.
    [Fact]
    public async Task Attack7_GuessedRespondentIds_AddNewResponses_AndNeverReplaceAnyone()
    {
        var cycle = await OpenAsync("Attack Seven PD");
        var receipts = new List<JsonNode>();
        for (var i = 1; i <= 5; i++)
        {
            var submitted = await SubmitAsync(cycle, Answer($"r-00{i}", "line-officer", 4));
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
            receipts.Add(await Json.ReadAsync(submitted));
        }

        // The link holder replays the same ids (and the receipts' own ids) with answers of 0.
        foreach (var id in Enumerable.Range(1, 5).Select(i => $"r-00{i}").Concat(receipts.Select(receipt => receipt["respondentId"]!.GetValue<string>())))
        {
            Assert.Equal(HttpStatusCode.OK, (await SubmitAsync(cycle, Answer(id, "line-officer", 0))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/close", UriKind.Relative), null)).StatusCode);
        var result = WellnessJson.ReadResult(await (await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/results", UriKind.Relative))).Content.ReadAsStringAsync());

        Assert.All(receipts, receipt => Assert.DoesNotMatch("^r-00", receipt["respondentId"]!.GetValue<string>()));
        Assert.All(receipts, receipt => Assert.True(receipt["respondentId"]!.GetValue<string>().Length >= 24));
        Assert.Equal(5, receipts.Select(receipt => receipt["respondentId"]!.GetValue<string>()).Distinct().Count());
        Assert.Equal(15, result.Respondents);
        // Five sheets at 100 stay; ten more at 0 are added: (5·100) / 15.
        Assert.Equal(500.0 / 15, result.FindDomain("training")!.Score!.Value, 9);
    }

    [Fact]
    public async Task Attack7_ImportedIds_CannotBeReplacedThroughTheLink()
    {
        var cycle = await OpenAsync("Attack Seven Import PD");
        Assert.Equal(HttpStatusCode.OK, (await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/responses/import", UriKind.Relative), ImportOf(Enumerable.Range(1, 10).Select(i => ($"row-{i}", "line-officer", 4))))).StatusCode);

        var replaced = await SubmitAsync(cycle, Answer("row-1", "line-officer", 0));
        Assert.Equal(HttpStatusCode.OK, (await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/close", UriKind.Relative), null)).StatusCode);
        var result = WellnessJson.ReadResult(await (await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/results", UriKind.Relative))).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Conflict, replaced.StatusCode);
        Assert.Equal(10, result.Respondents);
        Assert.Equal(100, result.FindDomain("training")!.Score!.Value, 9);
    }

    // Attack 8 (API side): answers change only with the resume code issued with them; the receipt carries it.
    [Fact]
    public async Task ChangingAnswers_NeedsTheResumeCodeIssuedWithThem()
    {
        var cycle = await OpenAsync("Resume Code PD", "leadership-self-assessment");
        var first = await Json.ReadAsync(await SubmitAsync(cycle, Answer("chief", "executive", 1)));
        var code = first["resumeCode"]!.GetValue<string>();
        var wrong = await SubmitAsync(cycle, Answer("chief", "executive", 0), resumeCode: "ZZZZZ-ZZZZZ");
        var changed = await SubmitAsync(cycle, Answer("ignored", "executive", 4), resumeCode: code.ToLowerInvariant());
        using var read = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/survey/drafts/{code}", UriKind.Relative));
        read.Headers.Add("X-Respondent-Token", cycle.Token);
        var kept = await Json.ReadAsync(await _factory.CreateClient().SendAsync(read));
        var result = WellnessJson.ReadResult(await (await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/results", UriKind.Relative))).Content.ReadAsStringAsync());

        Assert.Matches("^[2-9A-Z]{5}-[2-9A-Z]{5}$", code);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(first["respondentId"]!.GetValue<string>(), (await Json.ReadAsync(changed))["respondentId"]!.GetValue<string>());
        Assert.Equal(4, kept["response"]!["answers"]!["training.academy"]!.GetValue<int>());
        Assert.Equal(1, result.Respondents);
        Assert.Equal(100, result.FindDomain("training")!.Score!.Value, 9);
    }

    // Attack 10: the audit trail, the log events and the console printed withheld totals ("cycle-closed: 1 response").
    [Fact]
    public async Task Attack10_AuditTrail_SaysFewerThanK_WhereTheViewWithholdsTheTotal()
    {
        var cycle = await OpenAsync("Attack Ten PD");
        Assert.Equal(HttpStatusCode.OK, (await SubmitAsync(cycle, Answer("one", "fto", 2))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/close", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cycle.Staff.DeleteAsync(new Uri($"{cycle.Path}/responses", UriKind.Relative))).StatusCode);

        var audit = (await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri($"/api/agencies/{cycle.AgencyId}/audit", UriKind.Relative)))).AsArray();
        var closed = audit.Single(entry => entry!["event"]!.GetValue<string>() == "cycle-closed")!;
        var purged = audit.Single(entry => entry!["event"]!.GetValue<string>() == "cycle-purged")!;

        Assert.Equal("fewer than 5 responses", closed["detail"]!.GetValue<string>());
        Assert.Equal("fewer than 5 responses", purged["detail"]!.GetValue<string>());
        Assert.Null((await ViewAsync(cycle))["responseCount"]?.GetValue<int?>());
    }

    private static async Task<HttpClient> RespondentOfNewCycleAsync(ApiFactory api, string agency)
    {
        var created = await Json.ReadAsync(await api.ClientWithKey(ApiFactory.AdminKey).PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = agency })));
        var staff = api.ClientWithKey(created["key"]!.GetValue<string>());
        var view = await Json.ReadAsync(await staff.PostAsync(new Uri($"/api/agencies/{created["id"]}/assessments", UriKind.Relative), Json.Body(new { title = "Drafts", instrumentId = "safer-together", instrumentVersion = "1.0.0" })));
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Respondent-Token", view["respondentToken"]!.GetValue<string>());
        return client;
    }

    private static StringContent Draft() =>
        Json.Body("""{ "response": { "respondentId": "r-001", "group": "fto", "answers": { "training.academy": 2 } }, "part": 1 }""");

    [Fact]
    public async Task DraftWrites_AreLimitedPerAddress_WithRetryAfter_AndTheirIdsAreTheServers()
    {
        using var limited = new ApiFactory(azurite) { DraftsPerMinute = 3 };
        var client = await RespondentOfNewCycleAsync(limited, "Drafts PD");

        var writes = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            writes.Add(await client.PostAsync(new Uri("/api/survey/drafts", UriKind.Relative), Draft()));
        }

        var kept = await Json.ReadAsync(await client.GetAsync(new Uri($"/api/survey/drafts/{(await Json.ReadAsync(writes[0]))["code"]}", UriKind.Relative)));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], writes.Select(w => w.StatusCode));
        Assert.NotNull(writes[3].Headers.RetryAfter);
        Assert.NotEqual("r-001", kept["response"]!["respondentId"]!.GetValue<string>());
    }

    [Fact]
    public async Task ResumeCodePuts_CountTowardsTheLookupLimit()
    {
        using var limited = new ApiFactory(azurite) { ResumeFailures = 2 };
        var client = await RespondentOfNewCycleAsync(limited, "Guessing PD");

        var guesses = new List<HttpStatusCode>();
        foreach (var guess in new[] { "AAAAA-AAAAA", "BBBBB-BBBBB", "CCCCC-CCCCC" })
        {
            guesses.Add((await client.PutAsync(new Uri($"/api/survey/drafts/{guess}", UriKind.Relative), Draft())).StatusCode);
        }

        var read = await client.GetAsync(new Uri("/api/survey/drafts/DDDDD-DDDDD", UriKind.Relative));

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], guesses);
        Assert.Equal(HttpStatusCode.TooManyRequests, read.StatusCode);
    }
}
