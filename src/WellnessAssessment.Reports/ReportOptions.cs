namespace WellnessAssessment.Reports;

/// <summary>How a report looks and what it includes. Every option is optional.</summary>
public sealed record ReportOptions
{
    /// <summary>The agency name printed on the report; default: the result's agency name.</summary>
    public string? AgencyDisplayName { get; init; }

    /// <summary>A PNG or JPEG logo for the cover; empty for none.</summary>
    public ReadOnlyMemory<byte> Logo { get; init; }

    /// <summary>The accent colour as <c>#RRGGBB</c>; default a dark blue with strong contrast on white.</summary>
    public string AccentColor { get; init; } = "#1F4E79";

    /// <summary>The creation date written into the report and its metadata; fix it for reproducible output. Default: now.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The assessment period shown on the cover, for example <c>Spring 2026</c>.</summary>
    public string? AssessmentPeriod { get; init; }

    /// <summary>
    /// The focus areas command staff chose (<see cref="WellnessAssessment.ActionPlan.PlanOptions.FocusAreas"/>); default
    /// (<see langword="null"/>): the core's suggestion. The action plan and the executive brief lead with them.
    /// </summary>
    public WellnessAssessment.ActionPlan.PlanOptions? Plan { get; init; }

    /// <summary>Which parts to include; default all.</summary>
    public ReportSections Sections { get; init; } = ReportSections.All;
}
