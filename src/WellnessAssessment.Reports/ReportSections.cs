namespace WellnessAssessment.Reports;

/// <summary>The parts of a report; combine them to choose what is included.</summary>
[Flags]
public enum ReportSections
{
    /// <summary>Nothing but the cover.</summary>
    None = 0,

    /// <summary>The cover page.</summary>
    Cover = 1,

    /// <summary>Overall and section scores, charts, strengths, top actions, plain-language summary.</summary>
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
    All = Cover | ExecutiveSummary | PerceptionGaps | Domains | ActionPlan | Trend | MethodAndPrivacy | Sources | PeerComparison | HeatMap | Outcomes,
}
