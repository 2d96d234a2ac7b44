using System.Text.RegularExpressions;
using WellnessAssessment.Instruments;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Reports;

/// <summary>
/// Checks a report's inputs before anything is written; a problem is the core's <see cref="AssessmentValidationException"/>
/// (subject <c>report</c>) with the path of the input (the writer's <c>options.accentColor</c>, <c>options.logo</c>; the
/// content's <c>instrument</c>, <c>previous</c>, <c>plan.focusAreas</c>, <c>tracking.…</c>), so that callers handle bad input to scoring and to reports the same way.
/// </summary>
internal static partial class ReportInputs
{
    /// <summary>The content's result, with its trend against the earlier result when one is given; the register checked when one is given.</summary>
    public static AssessmentResult Prepare(ReportContent content, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var prepared = Prepare(content.Result, content.Instrument, content.Previous, content.Plan, options);
        if (content.Tracking is { } tracking)
        {
            Model.RegisterPresentation.Check(tracking, prepared);
        }

        return prepared;
    }

    private static AssessmentResult Prepare(AssessmentResult result, Instrument instrument, AssessmentResult? previous, WellnessAssessment.ActionPlan.PlanOptions? plan, ReportOptions options)
    {
        if (result.Instrument.Id != instrument.Id || result.Instrument.Version != instrument.Version)
        {
            throw Invalid("instrument", $"The result is of {result.Instrument.Id} {result.Instrument.Version}, but the instrument given is {instrument.Id} {instrument.Version}.");
        }

        if (!HexColor().IsMatch(options.AccentColor ?? string.Empty))
        {
            throw Invalid("options.accentColor", $"The accent colour '{options.AccentColor}' is not a colour: use \"#RRGGBB\", for example \"#1F4E79\".");
        }

        if (!options.Logo.IsEmpty && !IsPngOrJpeg(options.Logo.Span))
        {
            throw Invalid("options.logo", "The logo is not a PNG or JPEG image.");
        }

        if (plan?.FocusAreas is { } focus && (focus.Instrument.Id != result.Instrument.Id || focus.Instrument.Version != result.Instrument.Version))
        {
            throw Invalid("plan.focusAreas", $"The focus areas are domains of {focus.Instrument.Id} {focus.Instrument.Version}, but the result is of {result.Instrument.Id} {result.Instrument.Version}.");
        }

        if (previous is null || result.Trend is not null)
        {
            return result;
        }

        try
        {
            return AssessmentScorer.WithTrend(result, previous);
        }
        catch (AssessmentValidationException exception)
        {
            throw Invalid("previous", $"The earlier result cannot be compared: {exception.Errors[0]}");
        }
    }

    private static AssessmentValidationException Invalid(string path, string message) => new("report", [new ValidationError(path, message)]);

    private static bool IsPngOrJpeg(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        var signature = bytes.StartsWith(png) || (bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF);
        if (!signature)
        {
            return false;
        }

        // PDFsharp's importer (the one that embeds the logo) must read it; it reports a broken image in several ways.
        try
        {
            using var image = PdfSharp.Drawing.XImage.FromStream(new MemoryStream(bytes.ToArray(), writable: false));
            return image.PixelWidth > 0 && image.PixelHeight > 0;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\A#[0-9A-Fa-f]{6}\z")]
    private static partial Regex HexColor();
}
