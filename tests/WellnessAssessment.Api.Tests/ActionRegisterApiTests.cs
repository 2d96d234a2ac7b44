using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Ical.Net;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

public sealed class ActionRegisterApiTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly ApiFactory _factory = new(azurite);

    public void Dispose() => _factory.Dispose();

    private sealed record Agency(string Id, HttpClient Staff);

    private async Task<Agency> CreateAgencyAsync(string name)
    {
        var response = await _factory.ClientWithKey(ApiFactory.AdminKey).PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Json.ReadAsync(response);
        return new Agency(body["id"]!.GetValue<string>(), _factory.ClientWithKey(body["key"]!.GetValue<string>()));
    }

    /// <summary>Opens a cycle, lets ten line officers answer every item (five at <c>low(item)</c>, five one higher) and closes it.</summary>
    private async Task<string> ClosedCycleAsync(Agency agency, string title, Func<string, int> low)
    {
        var opened = await Json.ReadAsync(await agency.Staff.PostAsync(
            new Uri($"/api/agencies/{agency.Id}/assessments", UriKind.Relative), Json.Body(new { title, instrumentId = "safer-together", instrumentVersion = "1.0.0" })));
        var id = opened["id"]!.GetValue<string>();
        var token = opened["respondentToken"]!.GetValue<string>();
        var respondent = _factory.CreateClient();
        var items = await ItemIdsAsync(token);
        for (var r = 0; r < 10; r++)
        {
            var answers = new JsonObject();
            foreach (var item in items)
            {
                answers[item] = low(item) + (r < 5 ? 0 : 1);
            }

            var body = new JsonObject { ["respondentId"] = $"r{r}", ["group"] = "line-officer", ["answers"] = answers };
            var submitted = await respondent.PostAsync(new Uri($"/api/surveys/{token}/responses", UriKind.Relative), Json.Body(body.ToJsonString()));
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await agency.Staff.PostAsync(new Uri($"/api/agencies/{agency.Id}/assessments/{id}/close", UriKind.Relative), null)).StatusCode);
        return id;
    }

    private async Task<List<string>> ItemIdsAsync(string token)
    {
        var survey = await Json.ReadAsync(await _factory.CreateClient().GetAsync(new Uri($"/api/surveys/{token}", UriKind.Relative)));
        return [.. survey["instrument"]!["sections"]!.AsArray()
            .SelectMany(section => section!["domains"]!.AsArray())
            .SelectMany(domain => domain!["items"]!.AsArray())
            .Select(item => item!["id"]!.GetValue<string>())];
    }

    private static Uri Url(Agency agency, string path) => new($"/api/agencies/{agency.Id}/register{path}", UriKind.Relative);

    private static async Task<HttpResponseMessage> PutAsync(Agency agency, string actionId, string? etag, object edit)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, Url(agency, $"/actions/{actionId}")) { Content = Json.Body(edit) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        }

        return await agency.Staff.SendAsync(request);
    }

    private static async Task<(JsonNode Action, string ETag)> GetAsync(Agency agency, string actionId)
    {
        var response = await agency.Staff.GetAsync(Url(agency, $"/actions/{actionId}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Json.ReadAsync(response), response.Headers.ETag!.ToString());
    }

    private static async Task EditAsync(Agency agency, string actionId, object edit)
    {
        var (_, etag) = await GetAsync(agency, actionId);
        var response = await PutAsync(agency, actionId, etag, edit);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Loop_CycleClosed_FiveAdopted_ThreeDoneOneDropped_NextCycleClosed_ProgressShowsWhatChanged()
    {
        var agency = await CreateAgencyAsync("Riverside Police Department");
        var first = await ClosedCycleAsync(agency, "Autumn 2025", _ => 1);

        var adoption = await agency.Staff.PostAsync(Url(agency, "/adopt"), Json.Body(new { top = 5 }));
        Assert.Equal(HttpStatusCode.OK, adoption.StatusCode);
        var receipt = await Json.ReadAsync(adoption);
        Assert.Equal(first, receipt["assessmentId"]!.GetValue<string>());
        var adopted = receipt["adopted"]!.AsArray().Select(view => view!["action"]!).ToList();
        Assert.Equal(5, adopted.Count);
        var ids = adopted.Select(action => action!["id"]!.GetValue<string>()).ToList();
        var items = adopted.Select(action => action!["itemId"]!.GetValue<string>()).ToList();

        await EditAsync(agency, ids[0], new { assignee = "Lt. Diaz", due = "2026-01-30", status = "done", evidenceLink = "https://intranet.example.org/fto.pdf" });
        await EditAsync(agency, ids[1], new { assignee = "Sgt. Okafor", due = "2026-02-27", status = "done" });
        await EditAsync(agency, ids[2], new { assignee = "Wellness coordinator", status = "done" });
        await EditAsync(agency, ids[3], new { status = "dropped", droppedReason = "Folded into the county program" });
        var register = await Json.ReadAsync(await agency.Staff.GetAsync(Url(agency, "/")));
        Assert.Equal(3, register["summary"]!["done"]!.GetValue<int>());
        Assert.Equal(1, register["summary"]!["dropped"]!.GetValue<int>());
        Assert.Equal(5, register["summary"]!["total"]!.GetValue<int>());

        // Next cycle: the first two done actions' items rise by two levels, one item nobody acted on rises too.
        var unadopted = (await Json.ReadAsync(await agency.Staff.GetAsync(new Uri($"/api/agencies/{agency.Id}/assessments/{first}/results", UriKind.Relative))))["actionPlan"]!
            .AsArray().Select(entry => entry!["itemId"]!.GetValue<string>()).First(item => !items.Contains(item));
        var second = await ClosedCycleAsync(agency, "Spring 2026", item => item == items[0] || item == items[1] || item == unadopted ? 3 : 1);

        var response = await agency.Staff.GetAsync(Url(agency, $"/progress/{second}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var progress = await Json.ReadAsync(response);
        Assert.Equal(first, progress["previousAssessmentId"]!.GetValue<string>());
        var report = progress["report"]!;
        var actions = report["actions"]!.AsArray().ToDictionary(action => action!["actionId"]!.GetValue<string>());
        Assert.Equal(ids, actions.Keys);
        foreach (var raised in ids.Take(2))
        {
            var item = actions[raised]!["item"]!;
            Assert.Equal("done", actions[raised]!["status"]!.GetValue<string>());
            Assert.Equal(37.5, item["then"]!.GetValue<double>(), 9);
            Assert.Equal(87.5, item["now"]!.GetValue<double>(), 9);
            Assert.Equal(50, item["delta"]!.GetValue<double>(), 9);
            Assert.True(item["nowCi95"]!["low"]!.GetValue<double>() > item["thenCi95"]!["high"]!.GetValue<double>());
            Assert.Equal("improved", item["signal"]!.GetValue<string>());
            Assert.NotNull(actions[raised]!["domain"]!["delta"]);
        }

        Assert.Equal("within-noise", actions[ids[2]]!["item"]!["signal"]!.GetValue<string>());
        Assert.Equal("dropped", actions[ids[3]]!["status"]!.GetValue<string>());
        Assert.Equal("Folded into the county program", actions[ids[3]]!["droppedReason"]!.GetValue<string>());
        Assert.Equal([ids[2]], report["actionsWithoutMovement"]!.AsArray().Select(id => id!.GetValue<string>()));
        Assert.Equal([unadopted], report["movedWithoutAction"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()));

        // The cycle-2 PDF presents the same: the done actions with their changes and intervals, the dropped one with its reason.
        var pdf = await agency.Staff.GetByteArrayAsync(new Uri($"/api/agencies/{agency.Id}/assessments/{second}/report.pdf", UriKind.Relative));
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(page => string.Concat(page.Letters.Select(letter => letter.Value)))).Replace(" ", string.Empty, StringComparison.Ordinal);
        var section = text[text.IndexOf("Whatwedidandwhatchanged", StringComparison.Ordinal)..];
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(section, "Done[A-Z][a-z]{2}\\d"));
        // The two raised done actions, and the practice that rose without an action.
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(section, "37\\.5to87\\.5\\(\\+50\\.0\\)"));
        var interval = actions[ids[0]]!["item"]!["nowCi95"]!;
        Assert.Contains($"{interval["low"]!.GetValue<double>():0.0}–{interval["high"]!.GetValue<double>():0.0}", section, StringComparison.Ordinal);
        Assert.Contains("Dropped:Foldedintothecountyprogram", section, StringComparison.Ordinal);
        Assert.Contains("Practicesthatmovedwithoutanaction", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentEdits_OfOneVersion_OneWinsTheOtherGets412WithTheCurrentVersion_AndNothingIsLost()
    {
        var agency = await CreateAgencyAsync("Concurrent PD");
        await ClosedCycleAsync(agency, "Autumn 2025", _ => 1);
        var receipt = await Json.ReadAsync(await agency.Staff.PostAsync(Url(agency, "/adopt"), Json.Body(new { top = 1 })));
        var id = receipt["adopted"]![0]!["action"]!["id"]!.GetValue<string>();
        var (_, etag) = await GetAsync(agency, id);

        var responses = await Task.WhenAll(
            PutAsync(agency, id, etag, new { assignee = "Lt. Diaz", status = "in-progress" }),
            PutAsync(agency, id, etag, new { assignee = "Sgt. Okafor", status = "planned", notes = "Waiting for budget" }));

        var winner = Assert.Single(responses, response => response.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(responses, response => response.StatusCode == HttpStatusCode.PreconditionFailed);
        var won = await Json.ReadAsync(winner);
        var problem = await Json.ReadAsync(loser);
        Assert.Equal("application/problem+json", loser.Content.Headers.ContentType!.MediaType);
        Assert.Equal(won["version"]!.GetValue<string>(), problem["currentVersion"]!.GetValue<string>());
        Assert.Equal(won["action"]!.ToJsonString(), problem["current"]!["action"]!.ToJsonString());
        Assert.Equal(winner.Headers.ETag, loser.Headers.ETag);

        // The loser reviews the current version and sends its edit again: both edits are now in the history.
        var retried = await PutAsync(agency, id, loser.Headers.ETag!.ToString(), new { assignee = "Sgt. Okafor", status = "done", notes = "Waiting for budget" });
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var (final, _) = await GetAsync(agency, id);
        Assert.Equal("Sgt. Okafor", final["action"]!["assignee"]!.GetValue<string>());
        Assert.Equal("done", final["action"]!["history"]!.AsArray()[^1]!["status"]!.GetValue<string>());
        Assert.True(final["action"]!["history"]!.AsArray().Count >= 2);
    }

    [Fact]
    public async Task Edit_WithoutIfMatch_Is428_AndWithAStaleOne412_AndNothingIsWritten()
    {
        var agency = await CreateAgencyAsync("Stale PD");
        await ClosedCycleAsync(agency, "Autumn 2025", _ => 1);
        var receipt = await Json.ReadAsync(await agency.Staff.PostAsync(Url(agency, "/adopt"), Json.Body(new { top = 1 })));
        var id = receipt["adopted"]![0]!["action"]!["id"]!.GetValue<string>();

        var missing = await PutAsync(agency, id, null, new { status = "done" });
        var bogus = await PutAsync(agency, id, "\"not-a-version\"", new { status = "done" });

        Assert.Equal((HttpStatusCode)428, missing.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, bogus.StatusCode);
        Assert.Equal("planned", (await GetAsync(agency, id)).Action["action"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task BadInput_IsAProblemNamingEachPath()
    {
        var agency = await CreateAgencyAsync("Validation PD");
        var cycle = await ClosedCycleAsync(agency, "Autumn 2025", _ => 1);
        var receipt = await Json.ReadAsync(await agency.Staff.PostAsync(Url(agency, "/adopt"), Json.Body(new { top = 1 })));
        var id = receipt["adopted"]![0]!["action"]!["id"]!.GetValue<string>();
        var (_, etag) = await GetAsync(agency, id);

        var dropped = await Json.ReadAsync(await PutAsync(agency, id, etag, new { status = "dropped", evidenceLink = "ftp://x" }));
        var unknownStatus = await Json.ReadAsync(await PutAsync(agency, id, etag, new { status = "finished" }));
        var unknownItems = await Json.ReadAsync(await agency.Staff.PostAsync(Url(agency, "/adopt"), Json.Body(new { assessmentId = cycle, itemIds = new[] { "no.such-item" } })));
        var both = await Json.ReadAsync(await agency.Staff.PostAsync(Url(agency, "/adopt"), Json.Body(new { top = 0, itemIds = new[] { "x" } })));

        Assert.Equal(400, dropped["status"]!.GetValue<int>());
        Assert.Equal("is required when the status is dropped: say why the action was given up", dropped["errors"]!["droppedReason"]![0]!.GetValue<string>());
        Assert.Equal("must be an absolute http or https address of at most 2000 characters", dropped["errors"]!["evidenceLink"]![0]!.GetValue<string>());
        Assert.NotNull(unknownStatus["errors"]!["status"]);
        Assert.Equal("'no.such-item' is not in the cycle's action plan", unknownItems["errors"]!["itemIds[0]"]![0]!.GetValue<string>());
        Assert.Equal("must be from 1 to 500", both["errors"]!["top"]![0]!.GetValue<string>());
        Assert.Equal("give either top or itemIds, not both", both["errors"]!["itemIds"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task AnotherAgencysRegister_Is404_AndAnOpenCycleCannotBeAdoptedFrom()
    {
        var riverside = await CreateAgencyAsync("Riverside PD");
        var other = await CreateAgencyAsync("Other PD");
        var cycle = await ClosedCycleAsync(riverside, "Autumn 2025", _ => 1);
        var receipt = await Json.ReadAsync(await riverside.Staff.PostAsync(Url(riverside, "/adopt"), Json.Body(new { top = 2 })));
        var id = receipt["adopted"]![0]!["action"]!["id"]!.GetValue<string>();
        var intruder = other with { Id = riverside.Id };
        var opened = await Json.ReadAsync(await riverside.Staff.PostAsync(
            new Uri($"/api/agencies/{riverside.Id}/assessments", UriKind.Relative), Json.Body(new { title = "Open", instrumentId = "safer-together", instrumentVersion = "1.0.0" })));

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.Staff.GetAsync(Url(intruder, "/"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.Staff.GetAsync(Url(intruder, $"/actions/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.Staff.GetAsync(Url(intruder, "/export.ics"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.Staff.GetAsync(Url(intruder, $"/progress/{cycle}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await riverside.Staff.GetAsync(Url(riverside, "/actions/no-such-action"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await riverside.Staff.PostAsync(Url(riverside, "/adopt"), Json.Body(new { assessmentId = opened["id"]!.GetValue<string>() }))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await riverside.Staff.GetAsync(Url(riverside, $"/progress/{cycle}"))).StatusCode);
        Assert.Equal(2, (await Json.ReadAsync(await riverside.Staff.PostAsync(Url(riverside, "/adopt"), Json.Body(new { top = 2 }))))["alreadyInRegister"]!.AsArray().Count);
    }

    [Fact]
    public async Task ExportIcs_ParsesWithIcalNet_OneTodoPerActionWithStableUidDueAndStatus_Utf8CrlfFolded()
    {
        var agency = await CreateAgencyAsync("Añasco Police Department");
        await ClosedCycleAsync(agency, "Autumn 2025", _ => 1);
        var receipt = await Json.ReadAsync(await agency.Staff.PostAsync(Url(agency, "/adopt"), Json.Body(new { top = 3 })));
        var ids = receipt["adopted"]!.AsArray().Select(view => view!["action"]!["id"]!.GetValue<string>()).ToList();
        await EditAsync(agency, ids[0], new { assignee = "Tte. Muñoz", due = "2026-03-31", status = "done", notes = new string('x', 200) });
        await EditAsync(agency, ids[1], new { due = "2026-04-15", status = "in-progress" });

        var response = await agency.Staff.GetAsync(Url(agency, "/export.ics"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line longer than 75 octets: {line}"));
        Assert.Contains("\r\n ", text, StringComparison.Ordinal);
        var calendar = Calendar.Load(text)!;
        Assert.Equal(3, calendar.Todos.Count);
        Assert.Equal(ids.Select(id => $"{id}@{agency.Id}.wellness-assessment"), calendar.Todos.Select(todo => todo.Uid));
        var done = calendar.Todos.Single(todo => todo.Uid!.StartsWith(ids[0], StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 3, 31), done.Due!.Date);
        Assert.False(done.Due.HasTime);
        Assert.Equal("COMPLETED", done.Status);
        Assert.Contains("Tte. Muñoz", done.Description, StringComparison.Ordinal);
        Assert.Equal("IN-PROCESS", calendar.Todos.Single(todo => todo.Uid!.StartsWith(ids[1], StringComparison.Ordinal)).Status);

        // A second export gives the same UIDs, so a calendar updates its entries instead of adding copies.
        var again = Calendar.Load(await agency.Staff.GetStringAsync(Url(agency, "/export.ics")))!;
        Assert.Equal(calendar.Todos.Select(todo => todo.Uid), again.Todos.Select(todo => todo.Uid));
    }

    [Fact]
    public async Task ExportCsv_OneRowPerActionWithHeader_QuotedAndFormulaSafe()
    {
        var agency = await CreateAgencyAsync("Csv PD");
        await ClosedCycleAsync(agency, "Autumn 2025", _ => 1);
        var receipt = await Json.ReadAsync(await agency.Staff.PostAsync(Url(agency, "/adopt"), Json.Body(new { top = 2 })));
        var id = receipt["adopted"]![0]!["action"]!["id"]!.GetValue<string>();
        await EditAsync(agency, id, new { assignee = "=HYPERLINK(\"http://evil\")", notes = "line one\nline, two", status = "in-progress", due = "2020-01-01" });

        var response = await agency.Staff.GetAsync(Url(agency, "/export.csv"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("id,sourceCycle,itemId,domainId,level,recommendation,owner,assignee,due,status,droppedReason,overdue,notes,evidenceLink,lastChange\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", text, StringComparison.Ordinal);
        Assert.Contains(",2020-01-01,in-progress,,yes,\"line one\nline, two\",", text, StringComparison.Ordinal);
        Assert.Equal(3, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
