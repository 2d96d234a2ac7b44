using UglyToad.PdfPig;
using WellnessAssessment.Service.Invitations;
using WellnessAssessment.Reports.Tests;

namespace WellnessAssessment.Service.Tests;

/// <summary>The invitation sheet is a tagged PDF: each slip's text in reading order, its QR code a figure naming the address.</summary>
[Trait("Category", "unit")]
public sealed class InvitationSheetTests
{
    private const string Url = "https://survey.example.org/s/riverside-2026";

    [Fact]
    public void Sheet_IsTagged_WithLanguageTitleHeadingsPerSlipAndOneDescribedQrFigurePerSlip()
    {
        string[] codes = [.. Enumerable.Range(0, 13).Select(i => $"7KQ2M-XH4P{(char)('A' + i)}")];

        var pdf = InvitationSheet.Write("Riverside Police Department", "Spring 2026", Url, codes);

        var root = PdfStructure.AssertAccessible(pdf, "en-US");
        var all = root.Descendants().ToList();
        var figures = all.Where(e => e.Type == "Figure").ToList();
        Assert.Equal(codes.Length, figures.Count);
        Assert.All(figures, figure => Assert.Equal($"QR code that opens {Url}", figure.Alt));
        Assert.Equal(codes.Length, all.Count(e => e.Type == "Sect"));
        // Each slip: its title line an H1, "Your invitation code" an H2 over the code, then the instructions, the QR code, the address and the statement.
        Assert.All(all.Where(e => e.Type == "Sect"), slip => Assert.Equal(["H1", "H2", "P", "P", "Figure", "P", "P"], slip.Kids.Select(kid => kid.Type)));
        Assert.All(all.Where(e => e.Type is "H1" or "H2" or "P"), element => Assert.True(element.HasContent, $"{element.Type} has no content"));
        Assert.DoesNotContain(all, e => e.Type is "Table" or "TH" or "TD"); // slips hold no tabular data: no layout table
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(2, document.NumberOfPages);
        Assert.Equal("Invitation codes — Spring 2026", document.Information.Title);
        var text = string.Join('\n', document.GetPages().Select(page => page.Text));
        Assert.All(codes, code => Assert.Contains(code, text, StringComparison.Ordinal));
    }
}
