using System.Net;
using System.Text.Json.Nodes;
using UglyToad.PdfPig;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Api.Tests;

/// <summary>Expected headcounts and participation by group through the API, over Azurite.</summary>
public sealed class ParticipationApiTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Cycle_WithHeadcounts_ShowsParticipationByGroup_WithholdsSmallGroups_AndFlagsAGroupOverItsHeadcount()
    {
        using var api = new ApiFactory(azurite);
        var cycle = await OpenCycleAsync(api, new { groups = new Dictionary<string, int> { ["line-officer"] = 4, ["first-line-supervisor"] = 10, ["executive"] = 3 } });
        var respondent = api.CreateClient();

        // Six line officers where four were expected, within a minute: over the headcount and a burst.
        await SubmitAsync(respondent, cycle.Token, "line-officer", 6, "lo");
        await SubmitAsync(respondent, cycle.Token, "first-line-supervisor", 5, "fls");
        await SubmitAsync(respondent, cycle.Token, "executive", 2, "ex");
        var view = await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri(cycle.Path, UriKind.Relative)));
        var participation = view["participation"]!;
        var groups = participation["groups"]!.AsArray().ToDictionary(g => g!["id"]!.GetValue<string>(), g => g!);

        var line = groups["line-officer"];
        Assert.Equal((4, 6, 1.5, true), (line["headcount"]!.GetValue<int>(), line["respondents"]!.GetValue<int>(), line["rate"]!.GetValue<double>(), line["overHeadcount"]!.GetValue<bool>()));
        Assert.Equal(6, line["burst"]!["respondents"]!.GetValue<int>());
        // Two executives are withheld, and the supervisors with them, so that the two cannot be worked out from the total.
        Assert.Equal("below-minimum-group-size", groups["executive"]["suppressed"]!.GetValue<string>());
        Assert.Null(groups["executive"]["respondents"]);
        Assert.Null(groups["executive"]["rate"]);
        Assert.Equal("complementary", groups["first-line-supervisor"]["suppressed"]!.GetValue<string>());
        Assert.Null(groups["first-line-supervisor"]["rate"]);
        Assert.Null(groups["first-line-supervisor"]["burst"]); // 5 of 10 is not more than half
        Assert.Equal(13, participation["respondents"]!.GetValue<int>());
        Assert.Null(participation["headcount"]); // not every group has a headcount, and no total was given
        Assert.True(participation["needsReview"]!.GetValue<bool>());
        Assert.Equal(3, view["headcounts"]!["groups"]!.AsObject().Count);
    }

    [Fact]
    public async Task SetHeadcounts_OnceAfterClose_ReachResultsAndReports_KeepTheBurstThroughAPurge_AndAreAudited()
    {
        using var api = new ApiFactory(azurite);
        var cycle = await OpenCycleAsync(api, headcounts: null);
        var respondent = api.CreateClient();
        await SubmitAsync(respondent, cycle.Token, "line-officer", 8, "lo");
        await SubmitAsync(respondent, cycle.Token, "dispatcher", 6, "d");
        await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/close", UriKind.Relative), null);
        var before = await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri(cycle.Path, UriKind.Relative)));

        // A closed cycle that never had headcounts may be given them once; they freeze then, and a purge keeps the burst.
        var set = await cycle.Staff.PutAsync(new Uri($"{cycle.Path}/headcounts", UriKind.Relative), Json.Body(new { total = 40, groups = new Dictionary<string, int> { ["line-officer"] = 12, ["dispatcher"] = 20 } }));
        var view = await Json.ReadAsync(set);
        await cycle.Staff.DeleteAsync(new Uri($"{cycle.Path}/responses", UriKind.Relative));
        var result = await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/results", UriKind.Relative)));
        var pdf = await cycle.Staff.GetByteArrayAsync(new Uri($"{cycle.Path}/report.pdf", UriKind.Relative));
        var html = await cycle.Staff.GetStringAsync(new Uri($"{cycle.Path}/report.html", UriKind.Relative));
        var audit = JsonNode.Parse(await cycle.Staff.GetStringAsync(new Uri($"{cycle.AgencyPath}/audit", UriKind.Relative)))!.AsArray();

        Assert.Null(before["participation"]);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal((40, 14, 0.35), (view["participation"]!["headcount"]!.GetValue<int>(), view["participation"]!["respondents"]!.GetValue<int>(), view["participation"]!["rate"]!.GetValue<double>()));
        var lineOfficers = result["participation"]!["groups"]!.AsArray().Single(g => g!["id"]!.GetValue<string>() == "line-officer")!;
        Assert.Equal(0.6667, lineOfficers["rate"]!.GetValue<double>());
        Assert.Equal(8, lineOfficers["burst"]!["respondents"]!.GetValue<int>()); // kept in the snapshot through the purge
        Assert.Null(result["participation"]!["groups"]!.AsArray().Single(g => g!["id"]!.GetValue<string>() == "dispatcher")!["burst"]);

        using (var document = PdfDocument.Open(pdf))
        {
            // Letters without whitespace, so that wrapped lines compare as one string.
            var text = string.Concat(document.GetPages().SelectMany(page => page.Letters).Select(l => l.Value).Where(v => !string.IsNullOrWhiteSpace(v)));
            Assert.Contains("Respondents14(35%of40staff)", text, StringComparison.Ordinal);
            Assert.Contains("With14respondents(35%of40staff),therewerenotenoughanswers", text, StringComparison.Ordinal); // one item answered: no overall score
            Assert.Contains("14of40staffanswered:aparticipationrateof35%.", text, StringComparison.Ordinal);
        }

        Assert.Contains("<caption>Participation by group</caption>", html, StringComparison.Ordinal);
        Assert.Contains("burst: 8 answers within ten minutes, ", html, StringComparison.Ordinal);
        var changed = audit.Single(e => e!["event"]!.GetValue<string>() == "headcounts-changed")!;
        Assert.Equal("40 staff in total, 2 groups", changed["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task ClosedCycle_WithIdenticalSheets_FlagsThemInParticipation_CountedAtClose_AndKeptThroughAPurge()
    {
        using var api = new ApiFactory(azurite);
        var cycle = await OpenCycleAsync(api, new { total = 20 });
        var respondent = api.CreateClient();

        // Six sheets answer 3 to every item they answer (two items); five answer two different levels; one answers one item.
        await SubmitAnswersAsync(respondent, cycle.Token, "line-officer", 6, "same", """{ "training.academy": 3, "training.in-service": 3 }""");
        await SubmitAnswersAsync(respondent, cycle.Token, "line-officer", 5, "mixed", """{ "training.academy": 2, "training.in-service": 4 }""");
        await SubmitAnswersAsync(respondent, cycle.Token, "line-officer", 1, "one", """{ "training.academy": 1 }""");
        var open = await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri(cycle.Path, UriKind.Relative)));
        await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/close", UriKind.Relative), null);
        var view = await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri(cycle.Path, UriKind.Relative)));
        var result = await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/results", UriKind.Relative)));
        await cycle.Staff.DeleteAsync(new Uri($"{cycle.Path}/responses", UriKind.Relative));
        var purged = await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/results", UriKind.Relative)));

        // While open they are not counted: a flag that changed with each submission would say whether that one was identical.
        Assert.Null(open["participation"]!["identicalSheets"]);
        Assert.Equal(6, view["participation"]!["identicalSheets"]!["count"]!.GetValue<int>());
        Assert.True(view["participation"]!["needsReview"]!.GetValue<bool>());
        Assert.Equal(6, result["participation"]!["identicalSheets"]!["count"]!.GetValue<int>());
        Assert.False(result["participation"]!["identicalSheets"]!["fewerThanMinimum"]!.GetValue<bool>());
        Assert.True(result["participation"]!["needsReview"]!.GetValue<bool>());
        Assert.Equal(6, purged["participation"]!["identicalSheets"]!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task ClosedCycle_WithFewerThanKIdenticalSheets_SaysFewerThanK_WithoutTheCount()
    {
        using var api = new ApiFactory(azurite);
        var cycle = await OpenCycleAsync(api, new { total = 20 });
        var respondent = api.CreateClient();
        await SubmitAnswersAsync(respondent, cycle.Token, "line-officer", 2, "same", """{ "training.academy": 0, "training.in-service": 0 }""");
        await SubmitAnswersAsync(respondent, cycle.Token, "line-officer", 6, "mixed", """{ "training.academy": 2, "training.in-service": 4 }""");
        await cycle.Staff.PostAsync(new Uri($"{cycle.Path}/close", UriKind.Relative), null);

        var result = await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri($"{cycle.Path}/results", UriKind.Relative)));

        var identical = result["participation"]!["identicalSheets"]!;
        Assert.Null(identical["count"]);
        Assert.True(identical["fewerThanMinimum"]!.GetValue<bool>());
        Assert.True(result["participation"]!["needsReview"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SetHeadcounts_Empty_ClearsThem()
    {
        using var api = new ApiFactory(azurite);
        var cycle = await OpenCycleAsync(api, new { total = 50 });

        var cleared = await Json.ReadAsync(await cycle.Staff.PutAsync(new Uri($"{cycle.Path}/headcounts", UriKind.Relative), Json.Body(new { })));

        Assert.Null(cleared["headcounts"]);
        Assert.Null(cleared["participation"]);
    }

    [Fact]
    public async Task SetHeadcounts_UnknownGroupOrOutOfRange_Answers400NamingTheFields_AndChangesNothing()
    {
        using var api = new ApiFactory(azurite);
        var cycle = await OpenCycleAsync(api, new { total = 50 });

        var bad = await cycle.Staff.PutAsync(new Uri($"{cycle.Path}/headcounts", UriKind.Relative), Json.Body(new { total = 0, groups = new Dictionary<string, int> { ["patrol"] = 10, ["fto"] = 2_000_000 } }));
        var fractional = await cycle.Staff.PutAsync(new Uri($"{cycle.Path}/headcounts", UriKind.Relative), Json.Body("""{ "groups": { "fto": 2.5 } }"""));
        var after = await Json.ReadAsync(await cycle.Staff.GetAsync(new Uri(cycle.Path, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType!.MediaType);
        var errors = (await Json.ReadAsync(bad))["errors"]!.AsObject();
        Assert.Equal(["total", "groups.patrol", "groups.fto"], errors.Select(e => e.Key));
        Assert.Equal("must be a whole number from 1 to 1000000", errors["total"]![0]!.GetValue<string>());
        Assert.StartsWith("is not a respondent group of safer-together 1.0.0 (groups: executive, ", errors["groups.patrol"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, fractional.StatusCode);
        Assert.Equal(50, after["headcounts"]!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task OpenCycle_WithHeadcountsOfAnUnknownGroup_Answers400_AndOpensNothing()
    {
        using var api = new ApiFactory(azurite);
        var cycle = await OpenCycleAsync(api, headcounts: null);
        var agencyCycles = new Uri($"{cycle.AgencyPath}/assessments", UriKind.Relative);
        var before = (await Json.ReadAsync(await cycle.Staff.GetAsync(agencyCycles))).AsArray().Count;

        var bad = await cycle.Staff.PostAsync(agencyCycles, Json.Body(new { title = "Autumn", instrumentId = "safer-together", headcounts = new { groups = new Dictionary<string, int> { ["patrol"] = 10 } } }));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["headcounts.groups.patrol"], (await Json.ReadAsync(bad))["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(before, (await Json.ReadAsync(await cycle.Staff.GetAsync(agencyCycles))).AsArray().Count);
    }

    private static async Task SubmitAsync(HttpClient client, string token, string group, int count, string prefix)
    {
        for (var i = 0; i < count; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/survey/responses", UriKind.Relative))
            {
                Content = Json.Body($$"""{ "respondentId": "{{prefix}}-{{i}}", "group": "{{group}}", "answers": { "training.academy": 3 } }"""),
            };
            request.Headers.Add("X-Respondent-Token", token);
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static async Task SubmitAnswersAsync(HttpClient client, string token, string group, int count, string prefix, string answers)
    {
        for (var i = 0; i < count; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/survey/responses", UriKind.Relative))
            {
                Content = Json.Body($$"""{ "respondentId": "{{prefix}}-{{i}}", "group": "{{group}}", "answers": {{answers}} }"""),
            };
            request.Headers.Add("X-Respondent-Token", token);
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static async Task<Cycle> OpenCycleAsync(ApiFactory api, object? headcounts)
    {
        var admin = api.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", ApiFactory.AdminKey);
        var agency = await Json.ReadAsync(await admin.PostAsync(new Uri("/api/agencies", UriKind.Relative), Json.Body(new { name = $"Participation PD {Guid.NewGuid():N}" })));
        var agencyPath = $"/api/agencies/{agency["id"]!.GetValue<string>()}";
        var staff = api.CreateClient();
        staff.DefaultRequestHeaders.Authorization = new("Bearer", agency["key"]!.GetValue<string>());
        var opened = await staff.PostAsync(new Uri($"{agencyPath}/assessments", UriKind.Relative), Json.Body(new { title = "Spring", instrumentId = "safer-together", instrumentVersion = "1.0.0", headcounts }));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var cycle = await Json.ReadAsync(opened);
        return new Cycle(staff, agencyPath, $"{agencyPath}/assessments/{cycle["id"]!.GetValue<string>()}", cycle["respondentToken"]!.GetValue<string>());
    }

    private sealed record Cycle(HttpClient Staff, string AgencyPath, string Path, string Token);
}
