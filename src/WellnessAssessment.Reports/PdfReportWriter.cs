using System.Reflection;
using WellnessAssessment.Reports.Model;
using WellnessAssessment.Reports.Pdf;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Reports;

/// <summary>
/// Writes the PDF action plan for a scoring result: a tagged PDF (structure tree with headings, paragraphs, lists,
/// tables with header cells and figures with alternative text; document language and title; running headers and
/// footers as artifacts) on US Letter, text that stays text, vector charts, an embedded OFL font, "Page X of Y"
/// footers, and PDF metadata (title, author, subject, keywords, creator, creation date). The same input and
/// <see cref="ReportContent.CreatedAt"/> give the same bytes.
/// </summary>
public sealed class PdfReportWriter
{
    private static readonly string Version = typeof(PdfReportWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0";
    private readonly ReportOptions _options;
    private readonly TimeProvider _clock;

    /// <summary>Creates a writer.</summary>
    /// <param name="options">How its reports look and which sections they hold; default options when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for the creation date when <see cref="ReportContent.CreatedAt"/> is not set; default the system clock.</param>
    public PdfReportWriter(ReportOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new ReportOptions();
        _clock = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// Writes the report of <paramref name="content"/>. With <see cref="ReportContent.Tracking"/> the register fills the
    /// plan's Assignee, Due and Status columns, and its progress report adds the section "What we did and what changed".
    /// </summary>
    /// <param name="content">The result, its instrument and what else the report says.</param>
    /// <param name="destination">Where the PDF goes; left open.</param>
    /// <exception cref="WellnessAssessment.Validation.AssessmentValidationException">The logo is not an image, the colour is not <c>#RRGGBB</c>, the result, the earlier result or the focus areas are of another instrument, the register is invalid or the progress report measures another instrument (the error's path says which: <c>options.logo</c>, <c>options.accentColor</c>, <c>instrument</c>, <c>previous</c>, <c>plan.focusAreas</c>, <c>tracking.register.…</c>, <c>tracking.progress</c>); nothing is written.</exception>
    public void Write(ReportContent content, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var prepared = ReportInputs.Prepare(content, _options);
        var createdAt = content.CreatedAt ?? _clock.GetUtcNow();
        var model = ReportModelBuilder.Build(prepared, content, _options.Sections, createdAt);
        if (content.Tracking is { } tracking)
        {
            model = RegisterPresentation.Apply(model, tracking, content.Instrument);
        }

        using var fonts = new ReportFonts();
        var pdf = new PdfComposer(fonts, PdfPeerLayout.Hex(_options.AccentColor));
        PdfReportLayout.Compose(pdf, model, _options.Logo);
        var info = new PdfDocumentInfo(
            Title: $"{model.ReportTitle} — {model.AgencyName}",
            Author: model.AgencyName,
            Subject: $"{model.InstrumentTitle} {model.InstrumentVersion}: scores, perception gaps and action plan",
            Keywords: $"{model.InstrumentTitle}, organizational wellness, action plan, self-assessment",
            Creator: $"WellnessAssessment.Reports {Version}",
            Created: createdAt);
        pdf.Render(destination, info, $"{model.ReportTitle} · {model.InstrumentTitle}", model.AgencyName);
    }

    /// <summary>Writes the report asynchronously (the layout runs on the calling thread; the bytes are copied asynchronously).</summary>
    /// <param name="content">The result, its instrument and what else the report says.</param>
    /// <param name="destination">Where the PDF goes; left open.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>A task that completes when the bytes are copied.</returns>
    /// <exception cref="WellnessAssessment.Validation.AssessmentValidationException">As for <see cref="Write"/>; nothing is written.</exception>
    public async Task WriteAsync(ReportContent content, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var buffer = new MemoryStream();
        Write(content, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
    }
}
