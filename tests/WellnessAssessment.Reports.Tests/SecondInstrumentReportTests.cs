using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Reports.Tests;

/// <summary>Reports of an instrument unlike the built-in one, scored with options unlike the defaults, say only what that instrument and those options say.</summary>
public sealed partial class SecondInstrumentReportTests
{
    private static readonly ScoringOptions Custom = ScoringOptions.Default with
    {
        GapThreshold = 20,
        StrengthThreshold = 75,
        ActionScoreThreshold = 65,
        BandEdges = new BandEdges(25, 45, 65, 85),
    };

    private static readonly string[] BuiltInWording = ["buy-in", "crisis", "Safer Together", "safer-together", "004_b76c2984046042d5"];

    private static byte[] Pdf(AssessmentResult result, WellnessAssessment.Instruments.Instrument instrument)
    {
        using var stream = new MemoryStream();
        new PdfReportWriter().Write(new ReportContent(result, instrument) { CreatedAt = ReportScenarios.FixedDate }, stream);
        return stream.ToArray();
    }

    private static string Html(AssessmentResult result, WellnessAssessment.Instruments.Instrument instrument)
    {
        using var stream = new MemoryStream();
        new HtmlReportWriter().Write(new ReportContent(result, instrument) { CreatedAt = ReportScenarios.FixedDate }, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The text a reader sees: tags removed, entities decoded, whitespace squeezed out.</summary>
    private static string HtmlText(string html) => PdfReader.Squeeze(WebUtility.HtmlDecode(Tag().Replace(html, " ")));

    private static void AssertInstrumentsOwnWords(string text)
    {
        string[] expected =
        [
            "Dispatch Floor Pulse Check",
            "Rest and recovery",
            "Team climate",
            "Recovery habits on the floor",
            "Debriefing after hard calls",
            "Feedback from floor…",
            "20 points or more",
            "scoring 75 or more",
            "below 65",
            "Bands: initial below 25, emerging below 45, developing below 65, established below 85, leading from 85.",
            "Pulse Check Field Guide for Dispatch Floors. Harbor County Emergency Communications, 2025.",
            "Peer Support Notes. Harbor County Communications Wellness Committee, 2023.",
            "Pulse Check Field Guide for Dispatch Floors (2025) — Chapter 2",
        ];
        Assert.All(expected, phrase => Assert.Contains(PdfReader.Squeeze(phrase), text, StringComparison.Ordinal));
        Assert.All(BuiltInWording, word => Assert.DoesNotContain(PdfReader.Squeeze(word), text, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("15points", text, StringComparison.Ordinal);

        // The instrument's own timeframes name the actions (in the focus areas' tables, each row says its timeframe)...
        Assert.All(["Within2weeks", "Nextquarter", "Withintheyear"], label => Assert.Contains(label, text, StringComparison.Ordinal));

        // ...and any other first-year actions are grouped in the order of their days (14, 91, 365), not of their labels or
        // of first use (this small plan lies wholly in its focus areas; the built-in instrument's test sees the groups).
        var order = new[] { "Within2weeks#", "Nextquarter#", "Withintheyear#" }.Select(heading => text.IndexOf(heading, StringComparison.Ordinal)).ToList();
        var present = order.Where(index => index >= 0).ToList();
        Assert.Equal(present.Order(), present);
    }

    [Fact]
    public void Pdf_OfTheSecondInstrument_NamesItsSectionsSourcesTimeframesAndThresholds_AndNoBuiltInWording()
    {
        var result = ReportScenarios.SecondInstrumentResult(Custom);

        using var document = PdfDocument.Open(Pdf(result, ReportScenarios.SecondInstrument));

        var text = PdfReader.Compact(document).Replace("PriorityActionOwnerSuccessindicatorAssigneeDue", "#", StringComparison.Ordinal);
        AssertInstrumentsOwnWords(text);
        Assert.DoesNotContain(PdfReader.Squeeze("Safer Together"), document.Information.Keywords ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_OfTheSecondInstrument_NamesItsSectionsSourcesTimeframesAndThresholds_AndNoBuiltInWording()
    {
        var result = ReportScenarios.SecondInstrumentResult(Custom);

        var html = Html(result, ReportScenarios.SecondInstrument);

        AssertInstrumentsOwnWords(HtmlText(html).Replace("#ActionPracticeOwnerSuccessindicatorSource", "#", StringComparison.Ordinal));
        Assert.Contains("<a href=\"https://example.org/pulse-guide\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_ChartGridlines_AreTheResultsBandEdges()
    {
        var html = Html(ReportScenarios.SecondInstrumentResult(Custom), ReportScenarios.SecondInstrument);

        var labels = GridLabel().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["0", "25", "45", "65", "85", "100", "0", "25", "45", "65", "85", "100"], labels);
    }

    [Fact]
    public void Html_ElementIds_ComeFromPositions_AndAreUnique()
    {
        var html = Html(ReportScenarios.Example("mid-size-agency.json"), ReportScenarios.SaferTogether);

        var ids = ElementId().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^(summary|peers|gaps|heat|areas|plan|trend|method|sources|chart-[0-9]+|area-[0-9]+)$", id));
        Assert.Equal(["chart-1", "chart-2", "chart-3"], ids.Where(id => id.StartsWith("chart-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Html_BuiltIn_HeadsItsChartsWithTheInstrumentsHeadings_AndOrdersThePlanByTimeframeDays()
    {
        var result = new AssessmentScorer(ScoringOptions.Default with { GapThreshold = 20 }).Score(
            ReportScenarios.SaferTogether,
            WellnessAssessment.Serialization.WellnessJson.ReadResponseSet(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "assessments", "examples", "mid-size-agency.json"))));

        var text = HtmlText(Html(result, ReportScenarios.SaferTogether));

        Assert.Contains(PdfReader.Squeeze("The five buy-in components (0–100)"), text, StringComparison.Ordinal);
        Assert.Contains(PdfReader.Squeeze("The six crisis-readiness factors (0–100)"), text, StringComparison.Ordinal);
        Assert.Contains(PdfReader.Squeeze("Safer Together: Emerging Issues and Recommendations. COPS Office and Bureau of Justice Assistance, Officer Safety and Wellness Group, 2024."), text, StringComparison.Ordinal);
        Assert.DoesNotContain("004_b76c2984046042d5", text, StringComparison.Ordinal);
        Assert.Contains("20pointsormore", text, StringComparison.Ordinal);
        Assert.DoesNotContain("15pointsormore", text, StringComparison.Ordinal);
        var order = new[] { "Within30days#", "Within90days#", "Within6months#", "Within12months#" }
            .Select(heading => text.Replace("#ActionPracticeOwnerSuccessindicatorSource", "#", StringComparison.Ordinal).IndexOf(heading, StringComparison.Ordinal)).ToList();
        var present = order.Where(index => index >= 0).ToList();
        Assert.True(present.Count >= 2, string.Join(", ", order));
        Assert.Equal(present.Order(), present);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("<text x=\"[0-9.]+\" y=\"[0-9.]+\" font-size=\"10\" text-anchor=\"middle\">([^<]*)</text>")]
    private static partial Regex GridLabel();

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex ElementId();
}
