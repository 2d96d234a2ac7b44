namespace WellnessAssessment.Reports.Model;

/// <summary>What a report says, computed once from a result; the PDF and HTML renderers only present it.</summary>
internal sealed record ReportModel
{
    public required string AgencyName { get; init; }
    public required string ReportTitle { get; init; }
    public required string InstrumentTitle { get; init; }
    public required string InstrumentVersion { get; init; }
    public required string? Period { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required int? Respondents { get; init; }

    /// <summary>The respondent count as printed beside "Respondents": with the participation rate when one is known.</summary>
    public string RespondentsFact { get; init; } = string.Empty;

    /// <summary>Where the answers come from, as printed beside the respondents: "Answers collected online", "Answers imported from another survey tool" or "Answers supplied directly".</summary>
    public string OriginFact { get; init; } = string.Empty;

    /// <summary>Participation against the agency's headcounts; <see langword="null"/> when none were given.</summary>
    public ParticipationSection? Participation { get; init; }
    public required string OverallScore { get; init; }
    public required string OverallBand { get; init; }
    public required double? OverallValue { get; init; }
    public required IReadOnlyList<BandRange> BandScale { get; init; }
    public required string OverallParagraph { get; init; }
    public required int AnonymityThreshold { get; init; }
    public required IReadOnlyList<SectionSummary> Sections { get; init; }
    public required IReadOnlyList<SectionChart> Charts { get; init; }
    public required IReadOnlyList<double> ChartTicks { get; init; }
    public required string StrengthsIntro { get; init; }
    public required string NoStrengths { get; init; }
    public required IReadOnlyList<string> Strengths { get; init; }
    public required IReadOnlyList<ActionRow> TopActions { get; init; }
    public required IReadOnlyList<GapRow> Gaps { get; init; }
    public required string GapNote { get; init; }
    public required IReadOnlyList<DomainPage> Domains { get; init; }
    /// <summary>The first-year plan: the focus areas' actions (one group per area), then the other first-year actions by timeframe.</summary>
    public required IReadOnlyList<ActionGroup> ActionPlan { get; init; }

    /// <summary>What the first-year plan is: its size, the agency's limit, the focus areas, and how many actions are left for later.</summary>
    public string PlanIntro { get; init; } = string.Empty;

    /// <summary>The focus areas with their scores and owners, in order.</summary>
    public IReadOnlyList<FocusAreaRow> FocusAreas { get; init; } = [];

    /// <summary>Whether the core suggested the focus areas (command staff did not choose them).</summary>
    public bool FocusAreasSuggested { get; init; }

    /// <summary>The rest of the plan after the first year, in plan order: the appendix "Later".</summary>
    public IReadOnlyList<ActionRow> Later { get; init; } = [];

    /// <summary>The one-view statement when one respondent, or one group only, answered; otherwise <see langword="null"/>.</summary>
    public string? SingleView { get; init; }

    /// <summary>Steps before the action plan (hear staff, create or assign roles); Item holds what the step is for.</summary>
    public IReadOnlyList<ActionRow> FirstSteps { get; init; } = [];

    public string KeepItGoingIntro { get; init; } = string.Empty;

    /// <summary>Practices between the action and strength thresholds, with their sustain step; Item holds the practice and its score.</summary>
    public IReadOnlyList<ActionRow> KeepItGoing { get; init; } = [];
    public required IReadOnlyList<TrendRow>? Trend { get; init; }
    public required string? TrendNote { get; init; }
    public required IReadOnlyList<string> Method { get; init; }
    public required IReadOnlyList<SourceEntry> Sources { get; init; }
    public required ReportSections Include { get; init; }

    /// <summary>The peer comparison page; <see langword="null"/> when the result carries no comparison.</summary>
    public PeerPage? Peers { get; init; }

    /// <summary>The heat map of areas by rank group.</summary>
    public HeatMap? HeatMap { get; init; }

    public bool AnyGapShown => Gaps.Any(g => g.Gap is not null);

    /// <summary>Whether an action register was given: the plan tables then show its assignee, due day and status.</summary>
    public bool HasRegister { get; init; }

    /// <summary>"What we did and what changed", when an earlier result and a register were given.</summary>
    public ProgressSection? Progress { get; init; }

    /// <summary>Outcome scores and "what moves with what", when the result carries outcome items.</summary>
    public OutcomeSection? Outcomes { get; init; }
}

/// <summary>The outcome items' scores and the association table, formatted.</summary>
internal sealed record OutcomeSection(
    string Intro,
    IReadOnlyList<OutcomeRow> Rows,
    string AssociationHeading,
    string? AssociationIntro,
    string Caution,
    IReadOnlyList<AssociationRow> Associations,
    string? NotShown);

/// <summary>One outcome: its statement, score (0–100), n and don't-know rate.</summary>
internal sealed record OutcomeRow(string Text, string Score, string N, string DontKnow);

/// <summary>One published association: the area, the outcome it moves with, r, its 95% interval and the pairwise n.</summary>
internal sealed record AssociationRow(string Area, string MovesWith, string R, string Interval, string N);

internal sealed record BandRange(string Label, double From, double To);

internal sealed record SectionSummary(string Title, string Score, double? Value, string Band, string Paragraph);

/// <summary>One section's chart: a radar for the first section when it has three or more areas, bars with 95% intervals otherwise.</summary>
internal sealed record SectionChart(string Heading, bool Radar, IReadOnlyList<ChartPoint> Points);

internal sealed record SourceEntry(string Text, string? Url);

internal sealed record ChartPoint(string Label, string ShortLabel, double? Score, double? Low, double? High);

internal sealed record GapRow(string Domain, string ShortDomain, double? Leadership, double? Frontline, double? Gap, bool Flagged, string Note);

internal sealed record DomainPage(string Title, string Score, string Band, int N, string Interval, string Alpha, string? Summary, IReadOnlyList<ItemRow> Items, string? SuppressionNote);

internal sealed record ItemRow(string Text, double? Score, string DontKnow, bool LowConsensus);

internal sealed record ActionRow(int Rank, string Action, string Item, string Owner, string Timeframe, string Indicator, string Source)
{
    /// <summary>The plan entry's item, for matching register actions.</summary>
    public string? ItemId { get; init; }

    /// <summary>From the register: who does it (empty when not in the register or not assigned).</summary>
    public string Assignee { get; init; } = string.Empty;

    /// <summary>From the register: the due day.</summary>
    public string Due { get; init; } = string.Empty;

    /// <summary>From the register: the status.</summary>
    public string Status { get; init; } = string.Empty;
}

/// <summary>
/// The actions of one timeframe (<paramref name="Heading"/> reads "Within 90 days" for a label that starts with a
/// number, else the label), or of one focus area (<paramref name="Timeframe"/> empty: the rows keep their own timeframes).
/// </summary>
internal sealed record ActionGroup(string Timeframe, string Heading, IReadOnlyList<ActionRow> Rows);

/// <summary>A focus area as printed: title, score, owner (or a dash) and how many first-year actions it has.</summary>
internal sealed record FocusAreaRow(string DomainId, string Title, string Score, string Owner, int Actions);

internal sealed record TrendRow(string Domain, string Then, string Now, string Delta, string Note);
