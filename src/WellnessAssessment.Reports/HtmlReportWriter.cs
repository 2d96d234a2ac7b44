using System.Text;
using WellnessAssessment.Instruments;
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
    /// <param name="options">How the report looks; default options when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for the report date when <see cref="ReportOptions.CreatedAt"/> is not set.</param>
    public HtmlReportWriter(ReportOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new ReportOptions();
        _clock = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Writes the report as UTF-8 HTML.</summary>
    /// <param name="result">The scoring result.</param>
    /// <param name="instrument">The instrument the result was scored with.</param>
    /// <param name="destination">Where the HTML goes; left open.</param>
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
    /// <param name="destination">Where the HTML goes; left open.</param>
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

        var model = ReportModelBuilder.Build(prepared, instrument, _options, _options.CreatedAt ?? _clock.GetUtcNow());
        if (tracking is not null)
        {
            model = RegisterPresentation.Apply(model, tracking, instrument);
        }

        var bytes = new UTF8Encoding(false).GetBytes(HtmlReportComposer.Compose(model, _options.AccentColor, _options.Logo));
        destination.Write(bytes);
    }

    /// <summary>Writes the report as UTF-8 HTML asynchronously.</summary>
    /// <param name="result">The scoring result.</param>
    /// <param name="instrument">The instrument the result was scored with.</param>
    /// <param name="destination">Where the HTML goes; left open.</param>
    /// <param name="previous">An earlier result of the same instrument, for the trend section.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task WriteAsync(AssessmentResult result, Instrument instrument, Stream destination, AssessmentResult? previous = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var buffer = new MemoryStream();
        Write(result, instrument, buffer, previous);
        buffer.Position = 0;
        await buffer.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
    }
}
