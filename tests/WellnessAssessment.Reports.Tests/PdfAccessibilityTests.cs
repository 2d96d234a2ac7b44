using System.Globalization;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Reports.Tests;

/// <summary>The action plan is a tagged PDF a screen reader can follow (PDF/UA's structure requirements).</summary>
public sealed class PdfAccessibilityTests
{
    private static readonly ReportOptions Options = new();
    

    public static TheoryData<string> Scenarios => ["mid-size", "chief-alone", "stress", "no-respondents", "all-groups-suppressed", "second-instrument", "with-register-and-progress", "with-trend-and-logo"];

    private static byte[] Render(AssessmentResult result, WellnessAssessment.Instruments.Instrument? instrument = null, ReportOptions? options = null, AssessmentResult? previous = null, ActionTracking? tracking = null)
    {
        using var stream = new MemoryStream();
        new PdfReportWriter(options ?? Options).Write(new ReportContent(result, instrument ?? ReportScenarios.SaferTogether) { CreatedAt = ReportScenarios.FixedDate, AssessmentPeriod = "Autumn 2026", Previous = previous, Tracking = tracking }, stream);
        return stream.ToArray();
    }

    private static byte[] RenderScenario(string scenario) => scenario switch
    {
        "mid-size" => Render(ReportScenarios.Example("mid-size-agency.json")),
        "chief-alone" => Render(ReportScenarios.Example("small-agency-chief.json")),
        "stress" => Render(ReportScenarios.Stress().Result, ReportScenarios.Stress().Instrument),
        "all-groups-suppressed" => Render(ReportScenarios.AllGroupsSuppressed()),
        "second-instrument" => Render(ReportScenarios.SecondInstrumentResult(), ReportScenarios.SecondInstrument),
        "with-register-and-progress" => Render(RegisterScenario.Later, RegisterScenario.Instrument, previous: RegisterScenario.Earlier, tracking: RegisterScenario.Tracking()),
        "with-trend-and-logo" => Render(ReportScenarios.Example("mid-size-agency.json"), options: Options with { Logo = ReportScenarios.BluePng }, previous: ReportScenarios.Example("small-agency-chief.json")),
        _ => Render(ReportScenarios.NoRespondents()),
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Report_IsTagged_WithLanguageTitleTableHeadersFigureTextAndNestedHeadings(string scenario)
    {
        var root = PdfStructure.AssertAccessible(RenderScenario(scenario), "en-US");

        var all = root.Descendants().ToList();
        Assert.Contains(all, e => e.Type == "H1");
        Assert.Contains(all, e => e.Type == "Table");
    }

    [Fact]
    public void Report_MidSize_HasItsSectionsAsHeadingsTablesListsAndFigures()
    {
        var root = PdfStructure.AssertAccessible(RenderScenario("mid-size"), "en-US");

        var all = root.Descendants().ToList();
        var result = ReportScenarios.Example("mid-size-agency.json");
        // The agency name, the executive summary, perception gaps, each domain, the action plan, "Keep it going", method, sources.
        Assert.True(all.Count(e => e.Type == "H1") >= result.Domains().Count() + 5, $"{all.Count(e => e.Type == "H1")} H1 elements");
        Assert.Contains(all, e => e.Type == "H2");
        Assert.Contains(all, e => e.Type == "TH" && e.HasContent);
        Assert.Contains(all, e => e.Type == "TD" && e.HasContent);
        Assert.Contains(all, e => e.Type == "L" && e.Kids.Count > 0 && e.Kids.All(kid => kid.Type == "LI"));
        Assert.All(all.Where(e => e.Type is "TH" or "TD" or "H1" or "H2" or "P"), e => Assert.True(e.HasContent || e.Type == "TD", $"{e.Type} has no content"));
        Assert.True(all.Count(e => e.Type == "Figure") >= result.Sections.Count + 1);
    }

    [Fact]
    public void Report_Charts_AreFiguresDescribedByTheirNumbers()
    {
        var result = ReportScenarios.Example("mid-size-agency.json");

        var figures = PdfStructure.AssertAccessible(RenderScenario("mid-size"), "en-US").Descendants().Where(e => e.Type == "Figure").Select(e => e.Alt!).ToList();

        var cover = Assert.Single(figures, alt => alt.StartsWith("Overall score", StringComparison.Ordinal));
        Assert.Contains(result.Overall.Score!.Value.ToString("0.0", CultureInfo.InvariantCulture), cover, StringComparison.Ordinal);
        foreach (var section in result.Sections.Where(s => s.Domains.Count > 0))
        {
            var chart = Assert.Single(figures, alt => (alt.StartsWith("Bar chart", StringComparison.Ordinal) || alt.StartsWith("Radar chart", StringComparison.Ordinal))
                && section.Domains.All(d => alt.Contains(d.Title, StringComparison.Ordinal)));
            Assert.All(section.Domains, d => Assert.Contains($"{d.Title} {(d.Score is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) : "—")}", chart, StringComparison.Ordinal));
        }

        var shownGaps = result.Domains().Where(d => d.PerceptionGap.Leadership is not null && d.PerceptionGap.Frontline is not null).ToList();
        if (shownGaps.Count == 0)
        {
            Assert.DoesNotContain(figures, alt => alt.StartsWith("Dot chart of leadership and frontline", StringComparison.Ordinal));
            return;
        }

        var gaps = Assert.Single(figures, alt => alt.StartsWith("Dot chart of leadership and frontline", StringComparison.Ordinal));
        Assert.All(result.Domains().Where(d => d.PerceptionGap.Leadership is not null && d.PerceptionGap.Frontline is not null),
            d => Assert.Contains($"leadership {d.PerceptionGap.Leadership!.Value.ToString("0.0", CultureInfo.InvariantCulture)}, frontline {d.PerceptionGap.Frontline!.Value.ToString("0.0", CultureInfo.InvariantCulture)}", gaps, StringComparison.Ordinal));
    }

    [Fact]
    public void Report_WithALogo_TagsItAsAFigureNamingTheAgency()
    {
        var figures = PdfStructure.AssertAccessible(RenderScenario("with-trend-and-logo"), "en-US").Descendants().Where(e => e.Type == "Figure");

        Assert.Contains(figures, e => e.Alt == "Logo of Riverside Police Department");
    }

    [Fact]
    public void Report_TableSplitAcrossPages_HasOneHeaderRow_TheRepeatedHeaderIsAnArtifact()
    {
        var bytes = RenderScenario("stress");

        var tables = PdfStructure.AssertAccessible(bytes, "en-US").Descendants().Where(e => e.Type == "Table").ToList();

        Assert.All(tables, table => Assert.Single(table.Kids, row => row.Kids.Any(cell => cell.Type == "TH")));
        Assert.Contains(tables, table => table.Kids.Count > 30); // the appendix "Later" (37 rows) is longer than a page: it splits
    }
}
