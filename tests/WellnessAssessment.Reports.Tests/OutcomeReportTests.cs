using System.Net;
using System.Text;
using UglyToad.PdfPig;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Reports.Tests;

/// <summary>The outcome items and "what moves with what" in the PDF and HTML reports.</summary>
public sealed class OutcomeReportTests
{
    private static readonly DateTimeOffset CreatedAt = ReportScenarios.FixedDate;

    private static Instrument Version21 => InstrumentCatalog.BuiltIn.Find("safer-together", "2.1.0")!;

    /// <summary>
    /// <paramref name="count"/> respondents (line officers and supervisors) whose practice answers and outcome answers both
    /// follow one level per respondent, with some noise: the domains move with the outcomes.
    /// </summary>
    private static AssessmentResult Result(int count)
    {
        var random = new Random(22);
        var responses = Enumerable.Range(0, count).Select(r =>
        {
            var level = r % 5;
            var answers = Version21.Items.ToDictionary(item => item.Id, _ => (Answer)Math.Clamp(level + random.Next(-1, 2), 0, 4));
            foreach (var outcome in Version21.Outcomes!)
            {
                answers[outcome.Id] = random.Next(10) == 0 ? Answer.DontKnow : Math.Clamp(level + random.Next(-1, 2), 0, 4);
            }

            return new Response { RespondentId = $"r-{r:000}", Group = r % 3 == 0 ? "first-line-supervisor" : "line-officer", Answers = answers };
        }).ToList();
        var set = new ResponseSet { Instrument = Version21.Reference, Agency = new AgencyInfo("river-pd", "River Police Department"), Responses = responses };
        return new AssessmentScorer().Score(Version21, set);
    }

    private static string Html(AssessmentResult result)
    {
        using var stream = new MemoryStream();
        new HtmlReportWriter().Write(new ReportContent(result, Version21) { CreatedAt = CreatedAt }, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static byte[] Pdf(AssessmentResult result, ReportSections sections = ReportSections.All)
    {
        using var stream = new MemoryStream();
        new PdfReportWriter(new ReportOptions { Sections = sections }).Write(new ReportContent(result, Version21) { CreatedAt = CreatedAt }, stream);
        return stream.ToArray();
    }

    [Fact]
    public void Html_ShowsOutcomeScores_AndTheAssociationTable_WithTheCaution()
    {
        var result = Result(45);
        var published = result.Associations!.Entries.Where(entry => entry.Status == AssociationStatus.Published).ToList();

        var html = Html(result);

        Assert.NotEmpty(published);
        Assert.Contains("<h2 id=\"outcomes\">Outcomes</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>Areas and the outcomes they move with (association, not cause)</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Moves with</th><th scope=\"col\">r</th><th scope=\"col\">95% CI</th><th scope=\"col\">n</th>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Association, not cause.</strong> " + WebUtility.HtmlEncode(AssociationView.CautionText), html, StringComparison.Ordinal);
        foreach (var outcome in result.Outcomes!)
        {
            Assert.Contains($"<th scope=\"row\">{WebUtility.HtmlEncode(outcome.Text)}</th><td class=\"n\">{outcome.Score!.Value:0.0}</td>", html, StringComparison.Ordinal);
        }

        var first = published[0];
        Assert.Contains($"<td class=\"n\">{first.R!.Value:+0.00;-0.00}</td><td class=\"n\">{first.Ci95!.Low:+0.00;-0.00} to {first.Ci95.High:+0.00;-0.00}</td><td class=\"n\">{first.N}</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_BelowThirtyPairs_ShowsNoCorrelation_AndSaysWhy()
    {
        var result = Result(25);

        var html = Html(result);

        Assert.All(result.Associations!.Entries, entry => Assert.Equal(AssociationStatus.FewerThanMinimumPairs, entry.Status));
        Assert.DoesNotContain("<caption>Areas and the outcomes they move with", html, StringComparison.Ordinal);
        Assert.Contains($"{result.Associations.Entries.Count} of {result.Associations.Entries.Count} area and outcome pairs are not shown: fewer than 30 respondents answered both", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(AssociationView.CautionText), html, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_ShowsTheTwoOutcomeTables_TaggedWithHeaderCells_AndTheCaution()
    {
        var result = Result(45);

        var with = Pdf(result);
        var without = Pdf(result, ReportSections.All & ~ReportSections.Outcomes);

        var tables = PdfStructure.AssertAccessible(with, "en-US").Descendants().Count(e => e.Type == "Table");
        var tablesWithout = PdfStructure.AssertAccessible(without, "en-US").Descendants().Count(e => e.Type == "Table");
        Assert.Equal(tablesWithout + 2, tables);
        using var document = PdfDocument.Open(with);
        var text = PdfReader.Compact(document);
        Assert.Contains("Whatmoveswithwhat", text, StringComparison.Ordinal);
        Assert.Contains(PdfReader.Squeeze(AssociationView.CautionText), text, StringComparison.Ordinal);
        Assert.Contains("AreaMoveswithr95%CIn", text, StringComparison.Ordinal);
        Assert.Contains(PdfReader.Squeeze(result.Outcomes![1].Text), text, StringComparison.Ordinal);
        using var plain = PdfDocument.Open(without);
        Assert.DoesNotContain("Whatmoveswithwhat", PdfReader.Compact(plain), StringComparison.Ordinal);
    }

    [Fact]
    public void AReportOfAnInstrumentWithoutOutcomes_HasNoOutcomeSection()
    {
        using var stream = new MemoryStream();
        new HtmlReportWriter().Write(new ReportContent(ReportScenarios.Example("mid-size-agency.json"), ReportScenarios.SaferTogether) { CreatedAt = CreatedAt }, stream);
        var html = Encoding.UTF8.GetString(stream.ToArray());

        Assert.Contains("<h2 id=\"method\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"outcomes\"", html, StringComparison.Ordinal);
    }
}
