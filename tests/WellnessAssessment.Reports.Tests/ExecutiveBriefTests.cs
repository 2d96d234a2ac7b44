using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using WellnessAssessment.ActionPlan;
using WellnessAssessment.Instruments;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Reports.Tests;

/// <summary>The executive brief: two pages at most, the focus areas and their owners first, tagged, and only published figures.</summary>
public sealed partial class ExecutiveBriefTests
{
    private static readonly ReportOptions Options = new();

    private static ReportContent Content(AssessmentResult result, Instrument instrument, AssessmentResult? previous = null, PlanOptions? plan = null) =>
        new(result, instrument) { CreatedAt = ReportScenarios.FixedDate, AssessmentPeriod = "Autumn 2026", Previous = previous, Plan = plan };

    private static Instrument Version2 => InstrumentCatalog.BuiltIn.Find("safer-together", "2.0.0")!;

    private static AssessmentResult NineOfficer()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "assessments", "examples", "small-agency.v2.json"));
        return new AssessmentScorer().Score(Version2, WellnessJson.ReadResponseSet(stream));
    }

    /// <summary>The chief's answers scored as an anonymous survey: one respondent, so the release is withheld.</summary>
    private static AssessmentResult Withheld()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "assessments", "examples", "small-agency-chief.json"));
        return new AssessmentScorer().Score(ReportScenarios.SaferTogether, WellnessJson.ReadResponseSet(stream));
    }

    private static byte[] Pdf(AssessmentResult result, Instrument instrument, AssessmentResult? previous = null, PlanOptions? plan = null, ReportOptions? options = null)
    {
        using var stream = new MemoryStream();
        new ExecutiveBriefWriter(options ?? Options).WritePdf(Content(result, instrument, previous, plan), stream);
        return stream.ToArray();
    }

    private static string Html(AssessmentResult result, Instrument instrument, AssessmentResult? previous = null, PlanOptions? plan = null, ReportOptions? options = null)
    {
        using var stream = new MemoryStream();
        new ExecutiveBriefWriter(options ?? Options).WriteHtml(Content(result, instrument, previous, plan), stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string PageText(PdfDocument document, int page) =>
        PdfReader.Squeeze(PdfReader.Normalise(string.Concat(document.GetPage(page).Letters.Select(l => l.Value))));

    private static string HtmlText(string html) => PdfReader.Squeeze(WebUtility.HtmlDecode(Tag().Replace(html, " ")));

    public static TheoryData<string> Examples => ["readme-mid-size", "readme-mid-size-with-trend", "nine-officer"];

    private static (AssessmentResult Result, Instrument Instrument, AssessmentResult? Previous) Scenario(string name) => name switch
    {
        "readme-mid-size" => (ReportScenarios.Example("mid-size-agency.json"), ReportScenarios.SaferTogether, null),
        "readme-mid-size-with-trend" => (ReportScenarios.Example("mid-size-agency.json"), ReportScenarios.SaferTogether, ReportScenarios.Example("small-agency-chief.json")),
        _ => (NineOfficer(), Version2, null),
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Brief_IsAtMostTwoPages_AndItsFirstPageNamesTheFocusAreasAndTheirOwners(string scenario)
    {
        var (result, instrument, previous) = Scenario(scenario);
        var plan = FirstYearPlanner.Plan(previous is null ? result : AssessmentScorer.WithTrend(result, previous));

        using var document = PdfDocument.Open(Pdf(result, instrument, previous));

        Assert.InRange(document.NumberOfPages, 1, 2);
        var first = PageText(document, 1);
        Assert.InRange(plan.FocusAreas.Count, 1, 3);
        Assert.All(plan.FocusAreas, area =>
        {
            Assert.Contains(PdfReader.Squeeze(area.Title), first, StringComparison.Ordinal);
            Assert.Contains(PdfReader.Squeeze(area.Owner!), first, StringComparison.Ordinal);
        });
        Assert.Contains(PdfReader.Squeeze(plan.FirstYear[0].Action), first, StringComparison.Ordinal);
        Assert.Contains(PdfReader.Squeeze($"{ReportModelScore(result.Overall.Score)}"), first, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_WithDoubledPracticeTextsAndALongAgencyName_StillFitsTwoPages()
    {
        var (instrument, result) = ReportScenarios.Stress();

        using var document = PdfDocument.Open(Pdf(result, instrument));

        Assert.InRange(document.NumberOfPages, 1, 2);
    }

    [Fact]
    public void Brief_OfTheReadmeExample_ListsTheStrongestAndWeakestPractices_AndWithAnEarlierCycleWhatChanged()
    {
        var result = ReportScenarios.Example("mid-size-agency.json");
        var previous = ReportScenarios.Example("small-agency-chief.json");
        var withTrend = AssessmentScorer.WithTrend(result, previous);

        var text = HtmlText(Html(result, ReportScenarios.SaferTogether, previous));

        var items = result.Domains().SelectMany(d => d.Items).Where(i => i.Score is not null).ToList();
        var best = items.MaxBy(i => i.Score)!;
        var worst = items.MinBy(i => i.Score)!;
        Assert.Contains(PdfReader.Squeeze(best.Text), text, StringComparison.Ordinal);
        Assert.Contains(PdfReader.Squeeze(worst.Text), text, StringComparison.Ordinal);
        var overall = withTrend.Trend!.Overall;
        Assert.Contains(PdfReader.Squeeze($"moved from {ReportModelScore(overall.Then)} to {ReportModelScore(overall.Now)}"), text, StringComparison.Ordinal);
        Assert.DoesNotContain("Noearliercyclewasgiven", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Brief_IsTagged_WithHeadingsTablesWithHeaderCellsAndAFigureWithAlternativeText(string scenario)
    {
        var (result, instrument, previous) = Scenario(scenario);

        var root = PdfStructure.AssertAccessible(Pdf(result, instrument, previous), "en-US");

        var all = root.Descendants().ToList();
        Assert.Single(all, e => e.Type == "H1");
        Assert.Contains(all, e => e.Type == "H2");
        Assert.True(all.Count(e => e.Type == "Table") >= 3, $"{all.Count(e => e.Type == "Table")} tables");
        Assert.Contains(all, e => e.Type == "TH" && e.HasContent);
        Assert.Contains(all, e => e.Type == "TD" && e.HasContent);
        Assert.Contains(all, e => e.Type == "Figure" && e.Alt!.StartsWith("Overall score", StringComparison.Ordinal));
    }

    [Fact]
    public void Brief_Html_HasTheSameSections_WithHeaderCellsAndTheLanguage()
    {
        var result = NineOfficer();
        var plan = FirstYearPlanner.Plan(result);

        var html = Html(result, Version2);

        Assert.StartsWith("<!doctype html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<h1>"));
        foreach (var heading in new[] { "Result", "Focus areas (suggested from the plan&#39;s priorities)", "Strongest and weakest practices", "Largest leadership–frontline gaps", "What changed since the last cycle" })
        {
            Assert.Contains($">{heading}</h2>", html, StringComparison.Ordinal);
        }

        Assert.All(plan.FocusAreas, area => Assert.Contains($"<th scope=\"row\">{WebUtility.HtmlEncode(area.Title)}</th>", html, StringComparison.Ordinal));
        Assert.Contains("<th scope=\"col\">Owner</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_LeadsWithChosenFocusAreas_AndGivesTheirFirstActionsDueDays()
    {
        var result = NineOfficer();
        var chosen = result.ActionPlan.Select(e => e.DomainId).Distinct(StringComparer.Ordinal).Skip(3).Take(2).ToList();
        var chosenPlan = new PlanOptions { FocusAreas = FocusAreas.Choose(Version2, chosen) };
        var plan = FirstYearPlanner.Plan(result, chosenPlan);

        using var document = PdfDocument.Open(Pdf(result, Version2, plan: chosenPlan));

        var first = PageText(document, 1);
        Assert.DoesNotContain("suggested", first, StringComparison.Ordinal);
        var firstAction = plan.FirstYear[0];
        Assert.Equal(chosen[0], firstAction.DomainId);
        Assert.Contains(PdfReader.Squeeze(firstAction.Action), first, StringComparison.Ordinal);
        var due = ReportScenarios.FixedDate.UtcDateTime.Date.AddDays(firstAction.TimeframeDays!.Value).ToString("MMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(PdfReader.Squeeze($"(by {due})"), first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AnswerOrigin.Online, "Answers collected online")]
    [InlineData(AnswerOrigin.Import, "Answers imported from another survey tool")]
    [InlineData(AnswerOrigin.Supplied, "Answers supplied directly")]
    public void ReportAndBrief_SayWhereTheAnswersComeFrom_BesideTheRespondents(AnswerOrigin origin, string line)
    {
        var result = ReportScenarios.Example("mid-size-agency.json") with { Origin = origin };
        var instrument = ReportScenarios.SaferTogether;
        using var reportPdf = new MemoryStream();
        new PdfReportWriter(Options).Write(Content(result, instrument), reportPdf);
        using var reportHtml = new MemoryStream();
        new HtmlReportWriter(Options).Write(Content(result, instrument), reportHtml);

        using (var document = PdfDocument.Open(reportPdf.ToArray()))
        {
            Assert.Contains(PdfReader.Squeeze($"Origin{line}"), PageText(document, 1), StringComparison.Ordinal);
        }

        using (var document = PdfDocument.Open(Pdf(result, instrument)))
        {
            Assert.Contains(PdfReader.Squeeze($"Origin{line}"), PageText(document, 1), StringComparison.Ordinal);
        }

        Assert.Contains($"<dt>Origin</dt><dd>{line}</dd>", Html(result, instrument), StringComparison.Ordinal);
        Assert.Contains(line, Encoding.UTF8.GetString(reportHtml.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_OfAWithheldRelease_SaysSoPlainly_AndShowsNothingElse()
    {
        var result = Withheld();
        var instrument = ReportScenarios.SaferTogether;

        var bytes = Pdf(result, instrument);
        using var document = PdfDocument.Open(bytes);
        var pdf = PdfReader.Compact(document);
        var page = Html(result, instrument);
        var html = HtmlText(page[page.IndexOf("<body>", StringComparison.Ordinal)..]);

        Assert.Null(result.Respondents);
        Assert.Equal(1, document.NumberOfPages);
        foreach (var text in new[] { pdf, html })
        {
            Assert.Contains(PdfReader.Squeeze(result.Disclosure!.Statement), text, StringComparison.Ordinal);
            Assert.DoesNotMatch("[0-9]+\\.[0-9]", text.Replace($"version{instrument.Version}", string.Empty, StringComparison.Ordinal)); // no score of any kind
            Assert.All(instrument.Domains, domain => Assert.DoesNotContain(PdfReader.Squeeze(domain.Title), text, StringComparison.Ordinal));
            Assert.All(instrument.Items, item => Assert.DoesNotContain(PdfReader.Squeeze(item.Text), text, StringComparison.Ordinal));
            Assert.DoesNotContain("Focusarea", text, StringComparison.Ordinal);
        }

        PdfStructure.AssertAccessible(bytes, "en-US");
    }

    [Theory]
    [InlineData("nine-officer")]
    [InlineData("all-groups-suppressed")]
    [InlineData("readme-mid-size")]
    public void Brief_ShowsNoWithheldFigure_OnlyGapsAndScoresTheResultPublishes(string scenario)
    {
        var (result, instrument) = scenario switch
        {
            "nine-officer" => (NineOfficer(), Version2),
            "all-groups-suppressed" => (ReportScenarios.AllGroupsSuppressed(), ReportScenarios.SaferTogether),
            _ => (ReportScenarios.Example("mid-size-agency.json"), ReportScenarios.SaferTogether),
        };

        var html = Html(result, instrument);

        // Every gap row is a computed gap with the result's own figures; every area without one is absent from the table.
        var gapTable = GapTable().Match(html);
        var computed = result.Domains().Where(d => d.PerceptionGap.Status == PerceptionGapStatus.Computed).ToList();
        Assert.Equal(computed.Count > 0, gapTable.Success);
        if (gapTable.Success)
        {
            foreach (var domain in result.Domains().Where(d => d.PerceptionGap.Status != PerceptionGapStatus.Computed))
            {
                Assert.DoesNotContain($">{WebUtility.HtmlEncode(domain.Title)}<", gapTable.Value, StringComparison.Ordinal);
            }

            foreach (Match row in Regex.Matches(gapTable.Value, "<tr><th scope=\"row\">([^<]+)</th><td class=\"n\">([^<]+)</td><td class=\"n\">([^<]+)</td>"))
            {
                var domain = computed.Single(d => WebUtility.HtmlEncode(d.Title) == row.Groups[1].Value);
                Assert.Equal(ReportModelScore(domain.PerceptionGap.Leadership), row.Groups[2].Value);
                Assert.Equal(ReportModelScore(domain.PerceptionGap.Frontline), row.Groups[3].Value);
            }
        }
        else
        {
            Assert.Contains("No leadership–frontline comparison can be shown", html, StringComparison.Ordinal);
        }

        // Practices are listed only with a published score.
        foreach (var item in result.Domains().SelectMany(d => d.Items).Where(i => i.Score is null))
        {
            Assert.DoesNotContain(WebUtility.HtmlEncode(item.Text), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Brief_RejectsFocusAreasOfAnotherInstrument_NamingThePlace()
    {
        var result = NineOfficer();
        var version1 = ReportScenarios.SaferTogether;
        var plan = new PlanOptions { FocusAreas = FocusAreas.Choose(version1, [version1.Domains.First().Id]) };
        using var stream = new MemoryStream();

        var error = Assert.Throws<AssessmentValidationException>(() => new ExecutiveBriefWriter(Options).WritePdf(Content(result, Version2, plan: plan), stream));

        Assert.Equal("plan.focusAreas", Assert.Single(error.Errors).Path);
        Assert.Equal(0, stream.Length);
    }

    private static string ReportModelScore(double? score) => score is { } value ? value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "—";

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("<caption>Largest gaps</caption>.*?</table>", RegexOptions.Singleline)]
    private static partial Regex GapTable();
}
