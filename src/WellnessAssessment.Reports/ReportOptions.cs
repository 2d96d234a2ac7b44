namespace WellnessAssessment.Reports;

/// <summary>
/// The settings a report writer is created with once and applies to every report it writes: the agency's branding (accent
/// colour, logo) and which sections the reports hold. What one report says (its result, earlier result, register, focus
/// areas, dates) is its <see cref="ReportContent"/>. Every setting is optional.
/// </summary>
public sealed record ReportOptions
{
    /// <summary>A PNG or JPEG logo for the cover; empty (the default) for none.</summary>
    public ReadOnlyMemory<byte> Logo { get; init; }

    /// <summary>The accent colour as <c>#RRGGBB</c>; default <c>#1F4E79</c>, a dark blue with strong contrast on white.</summary>
    public string AccentColor { get; init; } = "#1F4E79";

    /// <summary>
    /// Which sections the reports and briefs hold; default <see cref="ReportSections.All"/>. The cover is always written.
    /// A section whose data a report lacks (no earlier result, no register, no headcounts) is left out whatever this says.
    /// </summary>
    public ReportSections Sections { get; init; } = ReportSections.All;
}
