namespace WellnessAssessment.Reports;

/// <summary>
/// The parts of a report, as flags: combine them to choose what <see cref="ReportOptions.Sections"/> includes, for example
/// <c>ReportSections.All &amp; ~ReportSections.Participation</c> or <c>ReportSections.ActionPlan | ReportSections.MethodAndPrivacy</c>.
/// The cover is always written. The executive brief honours the same flags for its parts: <see cref="ExecutiveSummary"/>
/// (the result), <see cref="Participation"/> (the rate beside the respondents), <see cref="ActionPlan"/> (focus areas and
/// first actions), <see cref="Domains"/> (strongest and weakest practices), <see cref="PerceptionGaps"/>,
/// <see cref="Trend"/> (what changed) and <see cref="MethodAndPrivacy"/> (the closing privacy line).
/// </summary>
/// <remarks>
/// <see cref="All"/> is a constant, so a caller compiled against this version keeps this version's set; leave
/// <see cref="ReportOptions.Sections"/> unset to include sections added later as well.
/// </remarks>
[Flags]
public enum ReportSections
{
    /// <summary>Nothing but the cover.</summary>
    None = 0,

    /// <summary>The cover page.</summary>
    Cover = 1,

    /// <summary>Overall and section scores, charts, strengths, top actions, plain-language summary (and, with <see cref="Participation"/>, the participation table).</summary>
    ExecutiveSummary = 2,

    /// <summary>Leadership versus frontline per domain.</summary>
    PerceptionGaps = 4,

    /// <summary>One section per domain with its items.</summary>
    Domains = 8,

    /// <summary>Every action, grouped by timeframe.</summary>
    ActionPlan = 16,

    /// <summary>Change since the earlier assessment (when there is one).</summary>
    Trend = 32,

    /// <summary>How scores are computed, the options and the anonymity threshold.</summary>
    MethodAndPrivacy = 64,

    /// <summary>The source documents cited by the items.</summary>
    Sources = 128,

    /// <summary>
    /// Who took part against the agency's headcounts: the participation table of the executive summary and the rate beside
    /// the respondent count (when headcounts were given). Without it the report gives the respondent count alone.
    /// </summary>
    Participation = 256,

    /// <summary>
    /// "What we did and what changed": the register's actions from the earlier cycle and how their practices moved (when
    /// <see cref="ReportContent.Tracking"/> carries a progress report).
    /// </summary>
    Progress = 512,

    /// <summary>"Compared with N agencies of similar size" (when the result carries a peer comparison).</summary>
    PeerComparison = 1024,

    /// <summary>The heat map of areas by rank group, with the leadership and frontline pools.</summary>
    HeatMap = 2048,

    /// <summary>
    /// The outcome items' scores and "what moves with what": each area's correlation with each outcome, with its 95%
    /// interval and n, and the caution that it is association, not cause (when the instrument has outcome items).
    /// </summary>
    Outcomes = 4096,

    /// <summary>Everything.</summary>
    All = Cover | ExecutiveSummary | PerceptionGaps | Domains | ActionPlan | Trend | MethodAndPrivacy | Sources | Participation | Progress | PeerComparison | HeatMap | Outcomes,
}
