using System.Reflection;
using System.Text;
using WellnessAssessment.Reports.Html;
using WellnessAssessment.Reports.Model;
using WellnessAssessment.Reports.Pdf;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Reports;

/// <summary>
/// Writes the executive brief of a result, at most two US Letter pages for a chief to read in ten minutes or hand to a
/// city manager: the overall result and band, participation, the focus areas with their owners (page 1) and their first
/// actions with owners and dates, the three strongest and three weakest practices, the largest leadership–frontline
/// gaps, and what changed since the last cycle. As a tagged PDF (<see cref="WritePdf"/>, the same structure as the action
/// plan's) or accessible HTML (<see cref="WriteHtml"/>). It shows only figures the result publishes: a release withheld
/// because fewer than the minimum answered says so and shows nothing else.
/// </summary>
public sealed class ExecutiveBriefWriter
{
    private static readonly string Version = typeof(ExecutiveBriefWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0";
    private readonly ReportOptions _options;
    private readonly TimeProvider _clock;

    /// <summary>Creates a writer.</summary>
    /// <param name="options">How its briefs look and which parts they hold (see <see cref="ReportSections"/>); default options when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for the brief's date (and the due days counted from it) when <see cref="ReportContent.CreatedAt"/> is not set; default the system clock.</param>
    public ExecutiveBriefWriter(ReportOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new ReportOptions();
        _clock = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Writes the brief of <paramref name="content"/> as a tagged PDF, led by its focus areas (<see cref="ReportContent.Plan"/>).</summary>
    /// <param name="content">The result, its instrument, the earlier result for "what changed since the last cycle", and the focus areas.</param>
    /// <param name="destination">Where the PDF goes; left open.</param>
    /// <exception cref="WellnessAssessment.Validation.AssessmentValidationException">The colour is not <c>#RRGGBB</c>, the logo is not an image, the result, the earlier result or the focus areas are of another instrument (paths <c>options.accentColor</c>, <c>options.logo</c>, <c>instrument</c>, <c>previous</c>, <c>plan.focusAreas</c>); nothing is written.</exception>
    public void WritePdf(ReportContent content, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var fonts = new ReportFonts();
        var (brief, pdf) = Fit(Build(content, out var createdAt), fonts);
        var model = brief.Report;
        var info = new PdfDocumentInfo(
            Title: $"{model.ReportTitle} — {model.AgencyName}",
            Author: model.AgencyName,
            Subject: $"{model.InstrumentTitle} {model.InstrumentVersion}: result, focus areas and first actions",
            Keywords: $"{model.InstrumentTitle}, organizational wellness, executive brief, focus areas",
            Creator: $"WellnessAssessment.Reports {Version}",
            Created: createdAt);
        pdf.Render(destination, info, $"{model.ReportTitle} · {model.InstrumentTitle}", model.AgencyName);
    }

    /// <summary>Writes the brief of <paramref name="content"/> as UTF-8 accessible HTML, with the same content as the PDF.</summary>
    /// <param name="content">The result, its instrument, the earlier result and the focus areas.</param>
    /// <param name="destination">Where the HTML goes; left open.</param>
    /// <exception cref="WellnessAssessment.Validation.AssessmentValidationException">As for <see cref="WritePdf"/>; nothing is written.</exception>
    public void WriteHtml(ReportContent content, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var fonts = new ReportFonts();
        var (brief, _) = Fit(Build(content, out _), fonts);
        destination.Write(new UTF8Encoding(false).GetBytes(HtmlBriefComposer.Compose(brief, _options.AccentColor)));
    }

    /// <summary>Writes the brief as a tagged PDF asynchronously (the layout runs on the calling thread; the bytes are copied asynchronously).</summary>
    /// <param name="content">The result, its instrument, the earlier result and the focus areas.</param>
    /// <param name="destination">Where the PDF goes; left open.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>A task that completes when the bytes are copied.</returns>
    /// <exception cref="WellnessAssessment.Validation.AssessmentValidationException">As for <see cref="WritePdf"/>; nothing is written.</exception>
    public async Task WritePdfAsync(ReportContent content, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var buffer = new MemoryStream();
        WritePdf(content, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Lays the brief out, shortening its lists step by step (two, then one first action per focus area; then two, then
    /// one practice, gap and change) until it fits two pages; the HTML brief says what the PDF says.
    /// </summary>
    private (BriefModel Brief, PdfComposer Pdf) Fit(BriefModel full, ReportFonts fonts)
    {
        (int ActionsPerArea, int Listed)[] steps = [(BriefModelBuilder.ActionsPerArea, BriefModelBuilder.Listed), (1, BriefModelBuilder.Listed), (1, 2), (1, 1)];
        (BriefModel, PdfComposer) laid = default;
        foreach (var (actions, listed) in steps)
        {
            var brief = full.Shortened(actions, listed);
            var pdf = new PdfComposer(fonts, PdfPeerLayout.Hex(_options.AccentColor));
            PdfBriefLayout.Compose(pdf, brief);
            laid = (brief, pdf);
            if (pdf.PageCount <= 2)
            {
                break;
            }
        }

        return laid;
    }

    private BriefModel Build(ReportContent content, out DateTimeOffset createdAt)
    {
        var prepared = ReportInputs.Prepare(content, _options);
        createdAt = content.CreatedAt ?? _clock.GetUtcNow();
        return BriefModelBuilder.Build(prepared, content, _options.Sections, createdAt);
    }
}
