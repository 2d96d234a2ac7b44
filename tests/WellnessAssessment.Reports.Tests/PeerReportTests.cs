using System.Globalization;
using System.Net;
using UglyToad.PdfPig;
using WellnessAssessment.Norms;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Testing.Peers;

namespace WellnessAssessment.Reports.Tests;

public sealed class PeerReportTests
{
    

    /// <summary>34 generated agencies (4 up to 10 sworn, 12 of 11–49, 10 of 50–249, 8 of 250+) and a 35th of 11–49 compared with them.</summary>
    private static readonly IReadOnlyList<AssessmentResult> Peers = GeneratedAgencies.Results(seed: 1320, GeneratedAgencies.Sizes(4, 12, 10, 8));

    private static readonly AssessmentResult Agency = Compare(GeneratedAgencies.Results(seed: 1321, [AgencySize.From11To49], firstNumber: 35)[0], Peers);

    private static AssessmentResult Compare(AssessmentResult result, IEnumerable<AssessmentResult> peers) =>
        result with { PeerComparison = PeerComparer.Compare(result, new PeerNormsBuilder().Build(peers)) };

    private static string Pdf(AssessmentResult result)
    {
        using var stream = new MemoryStream();
        new PdfReportWriter().Write(new ReportContent(result, GeneratedAgencies.Instrument) { CreatedAt = ReportScenarios.FixedDate }, stream);
        Preview(result, "pdf", stream.ToArray());
        using var document = PdfDocument.Open(stream.ToArray());
        return PdfReader.Compact(document);
    }

    private static string Html(AssessmentResult result)
    {
        using var stream = new MemoryStream();
        new HtmlReportWriter().Write(new ReportContent(result, GeneratedAgencies.Instrument) { CreatedAt = ReportScenarios.FixedDate }, stream);
        Preview(result, "html", stream.ToArray());
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>With WELLNESS_REPORT_PREVIEW set to a folder, keeps the reports there to be looked at (pdftoppm, a browser).</summary>
    private static void Preview(AssessmentResult result, string extension, byte[] bytes)
    {
        if (Environment.GetEnvironmentVariable("WELLNESS_REPORT_PREVIEW") is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, $"peers-{result.PeerComparison?.Status.ToString() ?? "none"}.{extension}"), bytes);
        }
    }

    private static string S(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "—";

    private static string Rank(PeerStanding standing) => standing.Position switch
    {
        PeerPosition.BelowP10 => "below p10",
        PeerPosition.AboveP90 => "above p90",
        PeerPosition.BelowP25 => "below p25",
        PeerPosition.AboveP75 => "above p75",
        _ => "p" + standing.PercentileRank!.Value.ToString("0", CultureInfo.InvariantCulture),
    };

    [Fact]
    public void Pdf_WithPeerComparison_ShowsEveryDomainsScoreMedianRangeAndRank()
    {
        var text = Pdf(Agency);

        Assert.Contains("Comparedwith12agenciesofsimilarsize", text, StringComparison.Ordinal);
        var comparison = Agency.PeerComparison!;
        Assert.Equal(Agency.Domains().Count(), comparison.Domains.Count);
        foreach (var (standing, domain) in comparison.Domains.Zip(Agency.Domains()))
        {
            Assert.Equal(12, standing.Agencies);
            Assert.Null(standing.P10); // 12 peers: the quartiles only, so the range is p25–p75
            var row = PdfReader.Squeeze($"{domain.Title}{S(standing.Score)}{S(standing.Median)}{S(standing.P25)}–{S(standing.P75)}{Rank(standing)}12 same size");
            Assert.Contains(row, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Html_WithPeerComparison_ShowsEveryDomainsFiguresAsText()
    {
        var html = Html(Agency);

        Assert.Contains("<h2 id=\"peers\">Compared with 12 agencies of similar size</h2>", html, StringComparison.Ordinal);
        foreach (var (standing, domain) in Agency.PeerComparison!.Domains.Zip(Agency.Domains()))
        {
            var row = $"<tr><th scope=\"row\">{WebUtility.HtmlEncode(domain.Title)}</th><td class=\"n\">{S(standing.Score)}</td><td class=\"n\">{S(standing.Median)}</td>" +
                $"<td class=\"n\">{S(standing.P25)}–{S(standing.P75)}</td><td>{Rank(standing)}</td><td>12 same size</td>";
            Assert.Contains(row, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Reports_WhenNoPeerCellQualifies_SayWhyWithoutNumbers()
    {
        var agency = Compare(Agency with { PeerComparison = null }, Peers.Take(4));
        const string Reason = "The peer comparison is not shown: no group of peer agencies, of this agency's size or of all sizes, holds the 5 agencies a comparison needs to protect each agency.";

        var text = Pdf(agency);
        var html = Html(agency);

        Assert.Contains(PdfReader.Squeeze("Compared with peer agencies" + Reason), text, StringComparison.Ordinal);
        Assert.Contains($"<h2 id=\"peers\">Compared with peer agencies</h2>\n<p><strong>{WebUtility.HtmlEncode(Reason)}</strong></p>\n</section>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_WithoutABenchmark_HaveNoPeerPage()
    {
        var plain = Agency with { PeerComparison = null };

        Assert.DoesNotContain("Comparedwith", Pdf(plain), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"peers\"", Html(plain), StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_HeatMap_ShowsEachCellsScoreAndWithholdsSuppressedGroups()
    {
        var text = Pdf(Agency);

        Assert.Contains("Heatmap:areasbyrankgroup", text, StringComparison.Ordinal);
        var withheld = 0;
        foreach (var domain in Agency.Domains())
        {
            var cells = HeatCells(domain);
            withheld += cells.Count(cell => cell == "withheld");
            Assert.Contains(PdfReader.Squeeze(string.Concat(cells)), text, StringComparison.Ordinal);
        }

        Assert.True(withheld > 10, $"only {withheld} withheld cells; the scenario should suppress small groups");
    }

    [Fact]
    public void Html_HeatMap_ShowsEachCellsScoreAsTextAndNoNumberForWithheldCells()
    {
        var html = Html(Agency);

        Assert.Contains("<caption>Scores by area and rank group (0–100)</caption>", html, StringComparison.Ordinal);
        var table = html[html.IndexOf("<table class=\"heat-map\">", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        foreach (var domain in Agency.Domains())
        {
            var start = table.IndexOf($"<tr><th scope=\"row\">{WebUtility.HtmlEncode(domain.Title)}</th>", StringComparison.Ordinal);
            var row = table[start..table.IndexOf("</tr>", start, StringComparison.Ordinal)];
            var texts = System.Text.RegularExpressions.Regex.Matches(row, "<td[^>]*>([^<]*)</td>").Select(m => m.Groups[1].Value).ToArray();
            Assert.Equal(HeatCells(domain), texts);
        }

        Assert.Contains("font-style:italic;text-align:center\">withheld</td>", table, StringComparison.Ordinal);
    }

    /// <summary>The cells the heat map must show for a domain: all respondents, each group, leadership pool, frontline pool.</summary>
    private static List<string> HeatCells(DomainResult domain)
    {
        List<string> cells = [S(domain.Score)];
        foreach (var group in GeneratedAgencies.Instrument.Groups)
        {
            var figures = domain.Groups.Single(g => g.Id == group.Id);
            cells.Add(figures.Suppressed ? "withheld" : S(figures.Score));
        }

        var computed = domain.PerceptionGap.Status == PerceptionGapStatus.Computed;
        cells.Add(computed ? S(domain.PerceptionGap.Leadership) : "withheld");
        cells.Add(computed ? S(domain.PerceptionGap.Frontline) : "withheld");
        return cells;
    }
}
