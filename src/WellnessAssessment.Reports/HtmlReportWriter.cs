using System.Text;
using WellnessAssessment.Reports.Html;
using WellnessAssessment.Reports.Model;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Reports;

/// <summary>
/// Writes the same report as a self-contained, accessible HTML page (semantic headings, tables with header cells,
/// charts with text alternatives, a print stylesheet): the Section 508 alternative to the PDF, which cannot be tagged.
/// </summary>
public sealed class HtmlReportWriter
{
    private readonly ReportOptions _options;
    private readonly TimeProvider _clock;

    /// <summary>Creates a writer.</summary>
    /// <param name="options">How its reports look and which sections they hold; default options when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for the report date when <see cref="ReportContent.CreatedAt"/> is not set; default the system clock.</param>
    public HtmlReportWriter(ReportOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new ReportOptions();
        _clock = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// Writes the report of <paramref name="content"/> as UTF-8 HTML. With <see cref="ReportContent.Tracking"/> the register
    /// fills the plan's Assignee, Due and Status columns, and its progress report adds the section "What we did and what changed".
    /// </summary>
    /// <param name="content">The result, its instrument and what else the report says.</param>
    /// <param name="destination">Where the HTML goes; left open.</param>
    /// <exception cref="WellnessAssessment.Validation.AssessmentValidationException">As for <see cref="PdfReportWriter.Write"/> (paths <c>options.logo</c>, <c>options.accentColor</c>, <c>instrument</c>, <c>previous</c>, <c>plan.focusAreas</c>, <c>tracking.…</c>); nothing is written.</exception>
    public void Write(ReportContent content, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var prepared = ReportInputs.Prepare(content, _options);
        var model = ReportModelBuilder.Build(prepared, content, _options.Sections, content.CreatedAt ?? _clock.GetUtcNow());
        if (content.Tracking is { } tracking)
        {
            model = RegisterPresentation.Apply(model, tracking, content.Instrument);
        }

        var bytes = new UTF8Encoding(false).GetBytes(HtmlReportComposer.Compose(model, _options.AccentColor, _options.Logo));
        destination.Write(bytes);
    }

    /// <summary>Writes the report as UTF-8 HTML asynchronously.</summary>
    /// <param name="content">The result, its instrument and what else the report says.</param>
    /// <param name="destination">Where the HTML goes; left open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written.</returns>
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
