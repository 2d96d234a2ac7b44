using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace WellnessAssessment.Reports.Pdf;

/// <summary>
/// The document-level facts of a tagged PDF: the information dictionary (title shown in the viewer's title bar),
/// the language, and the creation date. With a fixed <paramref name="Created"/> the output is the same bytes every time.
/// </summary>
internal sealed partial record PdfDocumentInfo(string Title, string Author, string Subject, string Keywords, string Creator, DateTimeOffset Created, string Language = "en-US")
{
    public void ApplyTo(PdfDocument document)
    {
        document.Info.Title = Title;
        document.Info.Author = Author;
        document.Info.Subject = Subject;
        document.Info.Keywords = Keywords;
        document.Info.Creator = Creator;
        document.Info.CreationDate = Created.UtcDateTime;
        document.Info.ModificationDate = Created.UtcDateTime;
        document.ViewerPreferences.DisplayDocTitle = true;
        document.PageLayout = PdfPageLayout.SinglePage;
        // PDFsharp 6.2.4's deflate output lacks its final block on this runtime (qpdf: "input stream is complete but
        // output may still be valid"), so PDFsharp compresses nothing and Save compresses the content streams itself.
        document.Options.NoCompression = true;
        UAManager.ForDocument(document).SetDocumentLanguage(Language);
    }

    /// <summary>Compresses every page's content stream (complete zlib streams) and saves the document.</summary>
    public static void Save(PdfDocument document, Stream destination)
    {
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is PdfDictionary { Stream: { } stream } dictionary && !dictionary.Elements.ContainsKey("/Filter") && dictionary.Elements.GetName("/Type") != "/Metadata")
            {
                using var compressed = new MemoryStream();
                using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
                {
                    zlib.Write(stream.Value);
                }

                stream.Value = compressed.ToArray();
                dictionary.Elements.SetName("/Filter", "/FlateDecode");
            }
        }

        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        var bytes = buffer.ToArray();
        MakeDeterministic(bytes);
        destination.Write(bytes);
    }

    /// <summary>
    /// Replaces what PDFsharp draws at random (font subset tags, the XMP document and instance ids, the trailer's /ID)
    /// with values derived from the rest of the file, in place and at the same length, so the cross-reference table stays valid.
    /// </summary>
    internal static void MakeDeterministic(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in SubsetTag().Matches(text))
        {
            var tag = match.Groups["tag"].Value;
            if (!tags.TryGetValue(tag, out var replacement))
            {
                replacement = "WA" + (char)('A' + (tags.Count / 26 % 26)) + (char)('A' + (tags.Count % 26)) + "NS";
                tags[tag] = replacement;
            }

            Encoding.ASCII.GetBytes(replacement, bytes.AsSpan(match.Groups["tag"].Index));
        }

        var uuids = Uuid().Matches(text);
        var ids = TrailerId().Matches(text);
        foreach (Match match in uuids)
        {
            bytes.AsSpan(match.Groups["id"].Index, match.Groups["id"].Length).Fill((byte)'0');
        }

        foreach (Match match in ids)
        {
            bytes.AsSpan(match.Groups["a"].Index, 32).Fill((byte)'0');
            bytes.AsSpan(match.Groups["b"].Index, 32).Fill((byte)'0');
        }

        var hash = SHA256.HashData(bytes);
        var id = Convert.ToHexString(hash, 0, 16);
        var n = 0;
        foreach (Match match in uuids)
        {
            hash[16] = (byte)n++;
            var uuid = new Guid(SHA256.HashData(hash).AsSpan(0, 16)).ToString("D", CultureInfo.InvariantCulture);
            Encoding.ASCII.GetBytes(uuid, bytes.AsSpan(match.Groups["id"].Index));
        }

        foreach (Match match in ids)
        {
            Encoding.ASCII.GetBytes(id, bytes.AsSpan(match.Groups["a"].Index));
            Encoding.ASCII.GetBytes(id, bytes.AsSpan(match.Groups["b"].Index));
        }
    }

    [GeneratedRegex(@"/(?:BaseFont|FontName)/(?<tag>[A-Z]{6})\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:(?<id>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"/ID\s*\[\s*<(?<a>[0-9A-Fa-f]{32})>\s*<(?<b>[0-9A-Fa-f]{32})>\s*\]")]
    private static partial Regex TrailerId();
}
