using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using WellnessAssessment.Norms;
using WellnessAssessment.Participation;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Testing.Peers;

namespace WellnessAssessment.Reports.Tests;

/// <summary>
/// Every section of <see cref="ReportSections"/> is switchable: with <see cref="ReportSections.All"/> it is in the PDF and
/// the HTML report, with it switched off it is not, and the other sections stay.
/// </summary>
public sealed class ReportSectionsTests
{
    /// <summary>
    /// A report with data for every section but the peer pages: the register scenario's later cycle with its earlier result
    /// (trend), its register and progress report, and 10 of 12 line officers' headcount (participation).
    /// </summary>
    private static ReportContent Full { get; } = new(
        RegisterScenario.Later with
        {
            Participation = ParticipationCalculator.Compute(
                RegisterScenario.Instrument.Groups, new Dictionary<string, int> { ["line-officer"] = 10 },
                new Headcounts { Total = 12, Groups = new Dictionary<string, int> { ["line-officer"] = 12 } }, RegisterScenario.Later.Options.MinimumGroupSize),
        },
        RegisterScenario.Instrument)
    {
        CreatedAt = ReportScenarios.FixedDate,
        Previous = RegisterScenario.Earlier,
        Tracking = RegisterScenario.Tracking(),
    };

    /// <summary>A 35th generated agency compared with 34 others: the peer comparison and the heat map.</summary>
    private static ReportContent WithPeers { get; } = new(PeerAgency(), GeneratedAgencies.Instrument) { CreatedAt = ReportScenarios.FixedDate };

    private static AssessmentResult PeerAgency()
    {
        var peers = GeneratedAgencies.Results(seed: 1320, GeneratedAgencies.Sizes(4, 12, 10, 8));
        var agency = GeneratedAgencies.Results(seed: 1321, [AgencySize.From11To49], firstNumber: 35)[0];
        return agency with { PeerComparison = PeerComparer.Compare(agency, new PeerNormsBuilder().Build(peers)) };
    }

    /// <summary>What only the section prints in the PDF (compared without spaces) and in the HTML.</summary>
    private static (ReportContent Content, string Pdf, string Html) Marker(ReportSections section)
    {
        var domain = Full.Result.Domains().First();
        return section switch
        {
            ReportSections.ExecutiveSummary => (Full, "Executive summary", "<h2 id=\"summary\">Executive summary</h2>"),
            ReportSections.PerceptionGaps => (Full, "Perception gaps: leadership and the front line", "<h2 id=\"gaps\">"),
            ReportSections.Domains => (Full, $"Score {Model.ReportModelBuilder.Score(domain.Score)} ({Model.ReportModelBuilder.Band(domain.Band)}) · n = {domain.N.ToString(CultureInfo.InvariantCulture)}", "<h2 id=\"areas\">Areas</h2>"),
            ReportSections.ActionPlan => (Full, "The first-year plan has", "<h2 id=\"plan\">Action plan</h2>"),
            ReportSections.Trend => (Full, "Trend since the earlier assessment", "<h2 id=\"trend\">Trend since the earlier assessment</h2>"),
            ReportSections.MethodAndPrivacy => (Full, "Method and privacy", "<h2 id=\"method\">Method and privacy</h2>"),
            ReportSections.Sources => (Full, "Sources", "<h2 id=\"sources\">Sources</h2>"),
            ReportSections.Participation => (Full, "10 of 12 staff answered: a participation rate of 83%.", "<caption>Participation by group</caption>"),
            ReportSections.Progress => (Full, "What we did and what changed", "<h2 id=\"progress\">What we did and what changed</h2>"),
            ReportSections.PeerComparison => (WithPeers, "Peer median", "<h2 id=\"peers\">"),
            ReportSections.HeatMap => (WithPeers, "Heat map: areas by rank group", "<h2 id=\"heat\">Heat map: areas by rank group</h2>"),
            _ => throw new ArgumentOutOfRangeException(nameof(section)),
        };
    }

    public static TheoryData<ReportSections> Switchable =>
    [
        ReportSections.ExecutiveSummary, ReportSections.PerceptionGaps, ReportSections.Domains, ReportSections.ActionPlan, ReportSections.Trend,
        ReportSections.MethodAndPrivacy, ReportSections.Sources, ReportSections.Participation, ReportSections.Progress,
        ReportSections.PeerComparison, ReportSections.HeatMap,
    ];

    private static string PdfText(ReportContent content, ReportSections sections)
    {
        using var stream = new MemoryStream();
        new PdfReportWriter(new ReportOptions { Sections = sections }).Write(content, stream);
        using var document = PdfDocument.Open(stream.ToArray());
        return PdfReader.Compact(document);
    }

    private static string Html(ReportContent content, ReportSections sections)
    {
        using var stream = new MemoryStream();
        new HtmlReportWriter(new ReportOptions { Sections = sections }).Write(content, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Theory]
    [MemberData(nameof(Switchable))]
    public void Pdf_ShowsASectionWhenIncluded_AndLeavesItOutWhenSwitchedOff(ReportSections section)
    {
        var (content, marker, _) = Marker(section);
        var squeezed = PdfReader.Squeeze(marker);

        var all = PdfText(content, ReportSections.All);
        var without = PdfText(content, ReportSections.All & ~section);

        Assert.Contains(squeezed, all, StringComparison.Ordinal);
        Assert.DoesNotContain(squeezed, without, StringComparison.Ordinal);
        // The cover stays whatever is switched off.
        Assert.Contains(PdfReader.Squeeze("ORGANIZATIONAL WELLNESS ASSESSMENT"), without, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Switchable))]
    public void Html_ShowsASectionWhenIncluded_AndLeavesItOutWhenSwitchedOff(ReportSections section)
    {
        var (content, _, marker) = Marker(section);

        var all = Html(content, ReportSections.All);
        var without = Html(content, ReportSections.All & ~section);

        Assert.Contains(marker, all, StringComparison.Ordinal);
        Assert.DoesNotContain(marker, without, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"summary\">", section == ReportSections.ExecutiveSummary ? all : without, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutParticipation_TheRateBesideTheRespondentsGoesToo_InBothFormats()
    {
        var sections = ReportSections.All & ~ReportSections.Participation;

        var pdf = PdfText(Full, ReportSections.All);
        var pdfWithout = PdfText(Full, sections);
        var html = Html(Full, sections);

        Assert.Contains("Respondents10(83%of12staff)", pdf, StringComparison.Ordinal);
        Assert.Contains("Respondents10", pdfWithout, StringComparison.Ordinal);
        Assert.DoesNotContain("(83%of12staff)", pdfWithout, StringComparison.Ordinal);
        Assert.DoesNotContain("participationrate", pdfWithout, StringComparison.Ordinal);
        Assert.Contains("<dt>Respondents</dt><dd>10</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutProgress_TheTrendStays_AndWithoutTrend_TheProgressStays()
    {
        var noProgress = PdfText(Full, ReportSections.All & ~ReportSections.Progress);
        var noTrend = PdfText(Full, ReportSections.All & ~ReportSections.Trend);

        Assert.Contains("Trendsincetheearlierassessment", noProgress, StringComparison.Ordinal);
        Assert.DoesNotContain("Whatwedidandwhatchanged", noProgress, StringComparison.Ordinal);
        Assert.Contains("Whatwedidandwhatchanged", noTrend, StringComparison.Ordinal);
        Assert.DoesNotContain("Trendsincetheearlierassessment", noTrend, StringComparison.Ordinal);
    }

    public static TheoryData<ReportSections, string, string> BriefParts => new()
    {
        { ReportSections.ExecutiveSummary, "Answers supplied directly", "<h2 id=\"result\">Result</h2>" },
        { ReportSections.ActionPlan, "First actions", "<h2 id=\"focus\">" },
        { ReportSections.Domains, "Strongest and weakest practices", "<h2 id=\"practices\">Strongest and weakest practices</h2>" },
        { ReportSections.PerceptionGaps, "Largest leadership–frontline gaps", "<h2 id=\"gaps\">Largest leadership–frontline gaps</h2>" },
        { ReportSections.Trend, "What changed since the last cycle", "<h2 id=\"change\">What changed since the last cycle</h2>" },
        { ReportSections.MethodAndPrivacy, "respondents are withheld. The action plan gives every action", "respondents are withheld. The action plan gives every action" },
    };

    [Theory]
    [MemberData(nameof(BriefParts))]
    public void Brief_ShowsAPartWhenIncluded_AndLeavesItOutWhenSwitchedOff(ReportSections section, string pdfMarker, string htmlMarker)
    {
        string Pdf(ReportSections sections)
        {
            using var stream = new MemoryStream();
            new ExecutiveBriefWriter(new ReportOptions { Sections = sections }).WritePdf(Full, stream);
            using var document = PdfDocument.Open(stream.ToArray());
            return PdfReader.Compact(document);
        }

        string Html(ReportSections sections)
        {
            using var stream = new MemoryStream();
            new ExecutiveBriefWriter(new ReportOptions { Sections = sections }).WriteHtml(Full, stream);
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        Assert.Contains(PdfReader.Squeeze(pdfMarker), Pdf(ReportSections.All), StringComparison.Ordinal);
        Assert.DoesNotContain(PdfReader.Squeeze(pdfMarker), Pdf(ReportSections.All & ~section), StringComparison.Ordinal);
        Assert.Contains(htmlMarker, Html(ReportSections.All), StringComparison.Ordinal);
        Assert.DoesNotContain(htmlMarker, Html(ReportSections.All & ~section), StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultOptions_GiveTheSameBytesAsAllSections()
    {
        using var defaults = new MemoryStream();
        new PdfReportWriter().Write(Full, defaults);
        using var all = new MemoryStream();
        new PdfReportWriter(new ReportOptions { Sections = ReportSections.All }).Write(Full, all);

        Assert.Equal(all.ToArray(), defaults.ToArray());
    }
}
