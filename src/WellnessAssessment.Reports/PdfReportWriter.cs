using System.Reflection;
using WellnessAssessment.Instruments;
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
/// <see cref="ReportOptions.CreatedAt"/> give the same bytes.
/// </summary>
public sealed class PdfReportWriter
{
    private static readonly string Version = typeof(PdfReportWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0";
    private readonly ReportOptions _options;
    private readonly TimeProvider _clock;

    /// <summary>Creates a writer.</summary>
    /// <param name="options">How the report looks; default options when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for the creation date when <see cref="ReportOptions.CreatedAt"/> is not set.</param>
    public PdfReportWriter(ReportOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new ReportOptions();
        _clock = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Writes the report.</summary>
    /// <param name="result">The scoring result.</param>
    /// <param name="instrument">The instrument the result was scored with.</param>
    /// <param name="destination">Where the PDF goes; left open.</param>
    /// <param name="previous">An earlier result of the same instrument, for the trend section.</param>
    /// <exception cref="WellnessAssessment.Validation.AssessmentValidationException">The logo is not an image, the colour is not <c>#RRGGBB</c>, or the result or earlier result is of another instrument (the error's path says which: <c>options.logo</c>, <c>options.accentColor</c>, <c>instrument</c>, <c>previous</c>); nothing is written.</exception>
    public void Write(AssessmentResult result, Instrument instrument, Stream destination, AssessmentResult? previous = null) =>
        Write(result, instrument, destination, previous, tracking: null);

    /// <summary>
    /// Writes the report with what the agency did about its plan: the register fills the plan's Assignee, Due and
    /// Status columns, and the progress report adds the section "What we did and what changed".
    /// </summary>
    /// <param name="result">The scoring result.</param>
    /// <param name="instrument">The instrument the result was scored with.</param>
    /// <param name="destination">Where the PDF goes; left open.</param>
    /// <param name="previous">An earlier result of the same instrument, for the trend section.</param>
    /// <param name="tracking">The register and, when there is an earlier cycle, the core's progress report; <see langword="null"/> for none.</param>
    /// <exception cref="WellnessAssessment.Validation.AssessmentValidationException">As for the other overload, or the register is invalid (paths <c>tracking.register.…</c>) or the progress report measures another instrument (<c>tracking.progress</c>); nothing is written.</exception>
    public void Write(AssessmentResult result, Instrument instrument, Stream destination, AssessmentResult? previous, ActionTracking? tracking)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var prepared = ReportInputs.Prepare(result, instrument, previous, _options);
        if (tracking is not null)
        {
            RegisterPresentation.Check(tracking, prepared);
        }

        var createdAt = _options.CreatedAt ?? _clock.GetUtcNow();
        var model = ReportModelBuilder.Build(prepared, instrument, _options, createdAt);
        if (tracking is not null)
        {
            model = RegisterPresentation.Apply(model, tracking, instrument);
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
    /// <param name="result">The scoring result.</param>
    /// <param name="instrument">The instrument the result was scored with.</param>
    /// <param name="destination">Where the PDF goes; left open.</param>
    /// <param name="previous">An earlier result of the same instrument, for the trend section.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    public async Task WriteAsync(AssessmentResult result, Instrument instrument, Stream destination, AssessmentResult? previous = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var buffer = new MemoryStream();
        Write(result, instrument, buffer, previous);
        buffer.Position = 0;
        await buffer.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
    }
}
