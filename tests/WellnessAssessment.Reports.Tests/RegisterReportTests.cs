using System.Net;
using System.Text;
using UglyToad.PdfPig;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Reports.Tests;

public sealed class RegisterReportTests
{
    private static ReportContent Content(ActionTracking? tracking) => new(RegisterScenario.Later, RegisterScenario.Instrument) { CreatedAt = ReportScenarios.FixedDate, Previous = RegisterScenario.Earlier, Tracking = tracking };

    private static byte[] Pdf(ActionTracking? tracking)
    {
        using var stream = new MemoryStream();
        new PdfReportWriter().Write(Content(tracking), stream);
        return stream.ToArray();
    }

    private static string Html(ActionTracking? tracking)
    {
        using var stream = new MemoryStream();
        new HtmlReportWriter().Write(Content(tracking), stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Pdf_WithRegister_FillsAssigneeDueAndStatus_AndShowsWhatWeDidAndWhatChanged()
    {
        var tracking = RegisterScenario.Tracking();
        using var document = PdfDocument.Open(Pdf(tracking));

        var text = PdfReader.Compact(document);
        Assert.Contains("ChiefRomero", text, StringComparison.Ordinal);
        Assert.Contains("Aug31,2026", text, StringComparison.Ordinal);
        Assert.Contains("Inprogress", text, StringComparison.Ordinal);
        Assert.Contains("Whatwedidandwhatchanged", text, StringComparison.Ordinal);
        Assert.Contains("DoneJan22,2026", text, StringComparison.Ordinal);
        Assert.Contains("Dropped:Foldedintothecountyprogram", text, StringComparison.Ordinal);
        var first = tracking.Progress!.Actions[0];
        Assert.Equal(50, first.Item.Delta!.Value, 9);
        Assert.Contains("37.5to87.5(+50.0)", text, StringComparison.Ordinal);
        Assert.Contains(PdfReader.Squeeze($"{first.Item.ThenCi95!.Low:0.0}–{first.Item.ThenCi95.High:0.0}to{first.Item.NowCi95!.Low:0.0}–{first.Item.NowCi95.High:0.0}"), text, StringComparison.Ordinal);
        Assert.Contains("Practicesthatmovedwithoutanaction", text, StringComparison.Ordinal);
        var unadopted = RegisterScenario.Instrument.Items.Single(item => item.Id == RegisterScenario.Unadopted).Text;
        Assert.Contains(PdfReader.Squeeze(unadopted), text[text.IndexOf("Practicesthatmovedwithoutanaction", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_WithoutRegister_HasNeitherTheStatusColumnNorTheSection()
    {
        using var document = PdfDocument.Open(Pdf(null));

        var text = PdfReader.Compact(document);
        Assert.DoesNotContain("Whatwedidandwhatchanged", text, StringComparison.Ordinal);
        Assert.Contains("AssigneeDue", text, StringComparison.Ordinal);
        Assert.DoesNotContain("AssigneeDueStatus", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_WithRegister_HasTheColumnsAndTheSection()
    {
        var html = Html(RegisterScenario.Tracking());

        Assert.Contains("<th scope=\"col\">Assignee</th><th scope=\"col\">Due</th><th scope=\"col\">Status</th>", html, StringComparison.Ordinal);
        Assert.Contains("Chief Romero", html, StringComparison.Ordinal);
        Assert.Contains("What we did and what changed</h2>", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode("Dropped: Folded into the county program"), html, StringComparison.Ordinal);
        Assert.Contains("37.5 to 87.5 (+50.0)", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Actions taken whose practice has not moved yet</h3>\n<p>None", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithAnInvalidRegister_WritesNothingAndNamesThePath()
    {
        var tracking = RegisterScenario.Tracking();
        var broken = tracking with { Register = tracking.Register with { Actions = [tracking.Register.Actions[0] with { EvidenceLink = "not a link" }] } };
        using var stream = new MemoryStream();

        var error = Assert.Throws<AssessmentValidationException>(() =>
            new PdfReportWriter().Write(Content(broken), stream));

        Assert.Equal("report", error.Subject);
        Assert.Equal("tracking.register.actions[0].evidenceLink", error.Errors[0].Path);
        Assert.Equal(0, stream.Length);
    }
}
