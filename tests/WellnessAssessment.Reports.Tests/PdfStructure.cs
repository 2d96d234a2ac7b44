using System.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;
using Xunit;

namespace WellnessAssessment.Reports.Tests;

/// <summary>One element of a tagged PDF's structure tree: its type (H1, P, Table, Figure, …), /Alt, and children in order.</summary>
internal sealed record StructureElement(string Type, string? Alt, IReadOnlyList<StructureElement> Kids, bool HasContent)
{
    public IEnumerable<StructureElement> Descendants() => Kids.SelectMany(kid => kid.Descendants().Prepend(kid));
}

/// <summary>Reads a PDF's structure tree with PdfPig (the raw catalog objects) and checks what PDF/UA asks of it.</summary>
internal static class PdfStructure
{
    /// <summary>The document's structure tree, with the catalog's /Lang, /MarkInfo /Marked and the viewer's DisplayDocTitle.</summary>
    public static (StructureElement Root, string? Lang, bool Marked, bool DisplayDocTitle, string? Title) Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        DictionaryToken? Dictionary(IToken? token) => Resolve(document, token) as DictionaryToken;
        var markInfo = Dictionary(catalog.Data.GetValueOrDefault("MarkInfo"));
        var marked = Resolve(document, markInfo?.Data.GetValueOrDefault("Marked")) is BooleanToken { Data: true };
        var viewer = Dictionary(catalog.Data.GetValueOrDefault("ViewerPreferences"));
        var display = Resolve(document, viewer?.Data.GetValueOrDefault("DisplayDocTitle")) is BooleanToken { Data: true };
        var lang = Text(Resolve(document, catalog.Data.GetValueOrDefault("Lang")));
        var treeRoot = Dictionary(catalog.Data.GetValueOrDefault("StructTreeRoot"));
        var root = treeRoot is null ? new StructureElement("(none)", null, [], false) : Element(document, treeRoot, "StructTreeRoot", depth: 0);
        return (root, lang, marked, display, document.Information.Title);
    }

    /// <summary>
    /// Asserts a tagged PDF: marked, a structure tree, <paramref name="lang"/> and a shown title, every table with
    /// header cells in its first row, every figure with alternative text, headings that start at H1 and never skip a
    /// level, and poppler's <c>pdfinfo</c> reporting "Tagged: yes".
    /// </summary>
    public static StructureElement AssertAccessible(byte[] pdf, string lang)
    {
        var (root, documentLang, marked, displayDocTitle, title) = Read(pdf);
        Assert.True(marked, "/MarkInfo /Marked is not true");
        Assert.Equal(lang, documentLang);
        Assert.True(displayDocTitle, "/DisplayDocTitle is not true");
        Assert.False(string.IsNullOrWhiteSpace(title));
        var all = root.Descendants().ToList();
        Assert.Contains(all, e => e.Type == "P");
        Assert.All(all.Where(e => e.Type == "Table"), table =>
        {
            var rows = table.Descendants().Where(e => e.Type == "TR").ToList();
            Assert.NotEmpty(rows);
            Assert.NotEmpty(rows[0].Kids);
            Assert.All(rows[0].Kids, cell => Assert.Equal("TH", cell.Type));
            Assert.All(rows.Skip(1), row => Assert.All(row.Kids, cell => Assert.Equal("TD", cell.Type)));
        });
        Assert.All(all.Where(e => e.Type == "Figure"), figure => Assert.False(string.IsNullOrWhiteSpace(figure.Alt), "a Figure has no /Alt"));
        Assert.All(all.Where(e => e.Type is "LI"), item => Assert.Contains(item.Kids, kid => kid.Type is "LBody" or "Lbl"));
        var levels = all.Where(e => e.Type is ['H', >= '1' and <= '6']).Select(e => e.Type[1] - '0').ToList();
        if (levels.Count > 0)
        {
            Assert.Equal(1, levels[0]);
            for (var i = 1; i < levels.Count; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"heading H{levels[i]} follows H{levels[i - 1]}");
            }
        }

        Assert.Equal("yes", PdfInfo(pdf).GetValueOrDefault("Tagged"));
        return root;
    }

    /// <summary>poppler's <c>pdfinfo</c> fields.</summary>
    public static Dictionary<string, string> PdfInfo(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"wellness-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdfinfo", [path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return output.Split('\n').Where(line => line.Contains(':', StringComparison.Ordinal))
                .Select(line => line.Split(':', 2)).ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static StructureElement Element(PdfDocument document, DictionaryToken dictionary, string type, int depth)
    {
        Assert.True(depth < 64, "the structure tree is too deep");
        var kids = new List<StructureElement>();
        var hasContent = false;
        var k = Resolve(document, dictionary.Data.GetValueOrDefault("K"));
        IEnumerable<IToken> items = k is ArrayToken array ? array.Data : k is null ? [] : [k];
        foreach (var item in items)
        {
            var kid = Resolve(document, item);
            if (kid is NumericToken)
            {
                hasContent = true;
            }
            else if (kid is DictionaryToken child && child.Data.ContainsKey("S"))
            {
                var name = (Resolve(document, child.Data["S"]) as NameToken)?.Data ?? "?";
                kids.Add(Element(document, child, name, depth + 1));
            }
            else if (kid is DictionaryToken)
            {
                hasContent = true; // a marked-content or object reference
            }
        }

        var alt = Text(Resolve(document, dictionary.Data.GetValueOrDefault("Alt")));
        return new StructureElement(type, alt, kids, hasContent);
    }

    private static IToken? Resolve(PdfDocument document, IToken? token)
    {
        for (var i = 0; i < 8 && token is IndirectReferenceToken reference; i++)
        {
            token = document.Structure.GetObject(reference.Data).Data;
        }

        return token;
    }

    private static string? Text(IToken? token) => token switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        _ => null,
    };
}
