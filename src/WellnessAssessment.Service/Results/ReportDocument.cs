namespace WellnessAssessment.Service.Results;

/// <summary>A written report or brief: its bytes, media type and, for a download, its file name.</summary>
/// <param name="Content">The document's bytes.</param>
/// <param name="ContentType">Its media type: <c>application/pdf</c> or <c>text/html; charset=utf-8</c>.</param>
/// <param name="FileName">The file name a download is saved under, or <see langword="null"/> for a page shown in place.</param>
public sealed record ReportDocument(ReadOnlyMemory<byte> Content, string ContentType, string? FileName)
{
    /// <summary>The media type of a PDF document.</summary>
    public const string Pdf = "application/pdf";

    /// <summary>The media type of an HTML document.</summary>
    public const string Html = "text/html; charset=utf-8";

    /// <summary>Whether the document is an HTML page (self-contained: no scripts, no external requests).</summary>
    public bool IsHtml => ContentType == Html;

    /// <summary>Writes a document into memory.</summary>
    /// <param name="write">Writes the document to a stream.</param>
    /// <param name="contentType">Its media type.</param>
    /// <param name="fileName">Its download name, or <see langword="null"/>.</param>
    internal static ReportDocument Write(Action<Stream> write, string contentType, string? fileName)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return new ReportDocument(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), contentType, fileName);
    }
}

/// <summary>The format of a report or brief.</summary>
public enum ReportFormat
{
    /// <summary>A PDF document, downloaded as a file.</summary>
    Pdf,

    /// <summary>One self-contained, accessible HTML page.</summary>
    Html,
}
