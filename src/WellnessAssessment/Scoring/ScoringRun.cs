using WellnessAssessment.ActionPlan;
using WellnessAssessment.Disclosure;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Statistics;

namespace WellnessAssessment.Scoring;

/// <summary>
/// One scoring computation over a validated response set, as the scoring method specifies. Answers are first encoded
/// into a respondents × items matrix; a single pass then accumulates every item, domain, group and pool statistic.
/// </summary>
internal sealed class ScoringRun
{
    /// <summary>Absorbs floating-point noise in coverage ratios such as 0.3 / 0.6.</summary>
    private const double CoverageTolerance = 1e-12;

    private readonly CompiledInstrument _compiled;
    private readonly ScoringOptions _options;
    private readonly Dictionary<int, double> _criticalValues = [];

    // Matrix and respondent groups.
    private readonly int _respondentCount;
    private readonly int[] _codes;
    private readonly int[] _respondentGroup;

    // Accumulators; [x * groupCount + g] for per-group arrays, [d * 3 + pool] for pools.
    private readonly RunningMoments[] _itemMoments;
    private readonly RunningMoments[] _itemGroupMoments;
    private readonly RunningMoments[] _itemRawMoments;
    private readonly long[] _itemRawSums;
    private readonly int[] _itemDontKnows;
    private readonly RunningMoments[] _domainMoments;
    private readonly RunningMoments[] _domainGroupMoments;
    private readonly RunningMoments[] _domainPoolMoments;
    private readonly CronbachAlpha[] _alphas;
    private readonly int[] _domainGroupIncomplete;
    private readonly DisclosureGate _gate;

    // Outcome items: respondent domain scores (NaN when left out) are kept only when the instrument has outcomes.
    private readonly double[] _respondentDomainScores;

    public ScoringRun(CompiledInstrument compiled, ResponseMatrix matrix, ScoringOptions options)
    {
        _compiled = compiled;
        _options = options;
        _respondentCount = matrix.Respondents;
        var itemCount = compiled.Items.Length;
        var groupCount = compiled.Groups.Length;
        var domainCount = compiled.Domains.Length;

        _codes = matrix.Codes;
        _respondentGroup = matrix.RespondentGroup;

        _itemMoments = new RunningMoments[itemCount];
        _itemGroupMoments = new RunningMoments[itemCount * groupCount];
        _itemRawMoments = new RunningMoments[itemCount];
        _itemRawSums = new long[itemCount];
        _itemDontKnows = new int[itemCount];
        _domainMoments = new RunningMoments[domainCount];
        _domainGroupMoments = new RunningMoments[domainCount * groupCount];
        _domainPoolMoments = new RunningMoments[domainCount * 3];
        var groupCounts = new int[groupCount];
        foreach (var group in _respondentGroup.AsSpan(0, _respondentCount))
        {
            groupCounts[group]++;
        }

        _gate = DisclosureGate.Decide(groupCounts, compiled.GroupPool, compiled.HasBothPools, options);
        _domainGroupIncomplete = new int[domainCount * groupCount];
        _respondentDomainScores = compiled.Outcomes.Length == 0 ? [] : new double[_respondentCount * domainCount];
        _alphas = new CronbachAlpha[domainCount];
        for (var d = 0; d < domainCount; d++)
        {
            _alphas[d] = new CronbachAlpha(compiled.DomainFirstItem[d + 1] - compiled.DomainFirstItem[d]);
        }
    }

    /// <summary>Whether the release shows figures (false: an anonymous survey with fewer than k respondents).</summary>
    public bool Published => _gate.Published;

    public AssessmentResult Run(ResponseSet responseSet)
    {
        if (!_gate.Published)
        {
            // Fewer than k answered an anonymous survey: the release says only that.
            return new AssessmentResult
            {
                Instrument = _compiled.Instrument.Reference,
                Agency = responseSet.Agency,
                Respondents = null,
                Disclosure = _gate.Disclosure,
                Options = _options,
                Overall = new ScoreAndBand(null, null),
                Sections = [],
                ActionPlan = [],
                Strengths = [],
            };
        }

        Accumulate();
        var domainResults = new DomainResult[_compiled.Domains.Length];
        for (var d = 0; d < domainResults.Length; d++)
        {
            domainResults[d] = BuildDomain(d);
        }

        var sections = new SectionResult[_compiled.Sections.Length];
        var domainCursor = 0;
        for (var s = 0; s < sections.Length; s++)
        {
            var section = _compiled.Sections[s];
            var domains = domainResults.AsSpan(domainCursor, section.Domains.Count).ToArray();
            domainCursor += domains.Length;
            var score = WeightedMean(section.Domains.Select((domain, index) => (domain.Weight, domains[index].Score)));
            sections[s] = new SectionResult
            {
                Id = section.Id,
                Title = section.Title,
                Score = score,
                Band = _options.BandEdges.Classify(score),
                Domains = domains,
            };
        }

        var overall = WeightedMean(_compiled.Sections.Select((section, index) => (section.Weight, sections[index].Score)));
        var profile = responseSet.Agency?.Profile;
        var plan = ActionPlanner.Plan(_compiled, domainResults, _options, profile);
        var keepItGoing = ActionPlanner.KeepItGoing(_compiled, domainResults, _options, profile, plan);
        var singleView = ActionPlanner.SingleViewOf(_compiled, _respondentGroup);
        var outcomes = _compiled.Outcomes.Length == 0 ? null : BuildOutcomes();
        return new AssessmentResult
        {
            Instrument = _compiled.Instrument.Reference,
            Agency = responseSet.Agency,
            Respondents = _respondentCount,
            Disclosure = _gate.Disclosure,
            Options = _options,
            Overall = new ScoreAndBand(overall, _options.BandEdges.Classify(overall)),
            Sections = sections,
            SingleView = singleView,
            FirstSteps = ActionPlanner.FirstSteps(_compiled.Instrument, singleView, profile, plan, keepItGoing),
            ActionPlan = plan,
            KeepItGoing = keepItGoing,
            Strengths = ActionPlanner.Strengths(_compiled, domainResults, _options),
            Outcomes = outcomes,
            Associations = outcomes is null ? null : BuildAssociations(domainResults, outcomes),
        };
    }

    private void Accumulate()
    {
        var items = _compiled.Items;
        var itemCount = items.Length;
        var groupCount = _compiled.Groups.Length;
        var scale = _compiled.Instrument.Scale;
        var minimumCoverage = _options.MinimumCoverage - CoverageTolerance;
        Span<double> alphaRow = stackalloc double[Math.Min(itemCount, 256)];
        var alphaBuffer = itemCount <= 256 ? alphaRow : new double[itemCount];

        var columns = _compiled.Columns;
        var keepScores = _respondentDomainScores.Length > 0;
        for (var r = 0; r < _respondentCount; r++)
        {
            var group = _respondentGroup[r];
            var pool = _compiled.GroupPool[group];
            var row = r * columns;
            for (var d = 0; d < _compiled.Domains.Length; d++)
            {
                double answeredWeight = 0, weightedScore = 0, applicableWeight = 0;
                var complete = true;
                var first = _compiled.DomainFirstItem[d];
                var end = _compiled.DomainFirstItem[d + 1];
                for (var i = first; i < end; i++)
                {
                    var code = _codes[row + i];
                    var weight = items[i].Weight;
                    if (AnswerCodes.IsNumeric(code))
                    {
                        var p = scale.Normalise(code);
                        _itemMoments[i].Add(p);
                        _itemGroupMoments[i * groupCount + group].Add(p);
                        _itemRawMoments[i].Add(code);
                        _itemRawSums[i] += code;
                        answeredWeight += weight;
                        applicableWeight += weight;
                        weightedScore += weight * p;
                        alphaBuffer[i - first] = code;
                    }
                    else
                    {
                        complete = false;
                        if (code == AnswerCodes.DontKnow)
                        {
                            _itemDontKnows[i]++;
                        }

                        if (code != AnswerCodes.NotApplicable)
                        {
                            applicableWeight += weight;
                        }
                    }
                }

                if (complete)
                {
                    _alphas[d].Add(alphaBuffer[..(end - first)]);
                }
                else
                {
                    _domainGroupIncomplete[d * groupCount + group]++;
                }

                if (answeredWeight > 0 && answeredWeight / applicableWeight >= minimumCoverage)
                {
                    var score = Math.Clamp(weightedScore / answeredWeight, 0, 100);
                    _domainMoments[d].Add(score);
                    _domainGroupMoments[d * groupCount + group].Add(score);
                    _domainPoolMoments[d * 3 + pool].Add(score);
                    if (keepScores)
                    {
                        _respondentDomainScores[r * _compiled.Domains.Length + d] = score;
                    }
                }
                else if (keepScores)
                {
                    _respondentDomainScores[r * _compiled.Domains.Length + d] = double.NaN;
                }
            }
        }
    }

    private DomainResult BuildDomain(int d)
    {
        var domain = _compiled.Domains[d];
        var groupCount = _compiled.Groups.Length;
        var first = _compiled.DomainFirstItem[d];
        var itemCount = domain.Items.Count;

        // The gate decides the domain and its items together, from the counts and sums of every row.
        var counts = new int[itemCount + 1][];
        var sums = new double[itemCount + 1][];
        var thresholds = new double[itemCount + 1];
        (counts[0], sums[0]) = CountsAndSums(_domainGroupMoments.AsSpan(d * groupCount, groupCount));
        thresholds[0] = DisclosureGate.ScoreLevelWidth;
        var itemLevel = 100.0 / (_compiled.Instrument.Scale.PointCount - 1);
        for (var i = 0; i < itemCount; i++)
        {
            (counts[i + 1], sums[i + 1]) = CountsAndSums(_itemGroupMoments.AsSpan((first + i) * groupCount, groupCount));
            thresholds[i + 1] = itemLevel;
        }

        var equalWeights = domain.Items.All(item => item.Weight == domain.Items[0].Weight);
        var complete = new bool[groupCount];
        for (var g = 0; g < groupCount; g++)
        {
            complete[g] = _domainGroupIncomplete[(d * groupCount) + g] == 0;
        }

        var decision = _gate.DecideUnit(counts, sums, thresholds, complete, equalWeights);
        var moments = _domainMoments[d];
        var hidden = decision.MarginWithheld[0];
        var score = hidden ? null : ClampedMean(moments);
        var groupMoments = _domainGroupMoments.AsSpan(d * groupCount, groupCount);
        var gap = BuildGap(d, decision.GapWithheld);
        var groups = BuildGroups(groupMoments, decision.Withheld, withInterval: true);

        var alpha = !hidden && _alphas[d].Count >= _options.MinimumAlphaRespondents ? _alphas[d].Value : null;
        var items = new ItemResult[itemCount];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = BuildItem(first + i, decision.Withheld, decision.MarginWithheld[i + 1]);
        }

        return new DomainResult
        {
            Id = domain.Id,
            Title = domain.Title,
            Score = score,
            Band = _options.BandEdges.Classify(score),
            N = moments.Count,
            Sd = hidden ? null : moments.SampleStandardDeviation,
            Ci95 = hidden ? null : Interval(moments),
            Alpha = alpha,
            PerceptionGap = gap,
            Groups = groups,
            Items = items,
        };
    }

    private ItemResult BuildItem(int i, bool[] withheld, bool hidden)
    {
        var item = _compiled.Items[i];
        var groupCount = _compiled.Groups.Length;
        var moments = _itemMoments[i];
        var itemGroups = _itemGroupMoments.AsSpan(i * groupCount, groupCount);
        var score = hidden ? null : ClampedMean(moments);
        var dontKnows = _itemDontKnows[i];
        var rawVariance = hidden ? null : _itemRawMoments[i].SampleVariance;
        var points = _compiled.Instrument.Scale.PointCount;
        var expectedVariance = (points * (double)points - 1) / 12;
        double? rwg = rawVariance is { } variance ? Math.Clamp(1 - variance / expectedVariance, 0, 1) : null;
        return new ItemResult
        {
            Id = item.Id,
            Text = item.Text,
            Score = score,
            Band = _options.BandEdges.Classify(score),
            N = moments.Count,
            Sd = hidden ? null : moments.SampleStandardDeviation,
            MeanLevel = hidden || moments.Count == 0 ? null : (double)_itemRawSums[i] / moments.Count,
            DontKnowRate = hidden || moments.Count + dontKnows == 0 ? null : (double)dontKnows / (moments.Count + dontKnows),
            Rwg = rwg,
            LowConsensus = rwg < _options.LowConsensusThreshold,
            Groups = BuildGroups(itemGroups, withheld, withInterval: false),
        };
    }

    /// <summary>
    /// The outcome items' figures. Each outcome is one row decided by the disclosure gate as a unit of its own (the
    /// release's pattern, then its own cells below k and their complements, then secondary suppression), exactly as an
    /// item row; outcomes are tied to no domain by any sum, so no other row joins the unit.
    /// </summary>
    private OutcomeResult[] BuildOutcomes()
    {
        var outcomes = _compiled.Outcomes;
        var groupCount = _compiled.Groups.Length;
        var columns = _compiled.Columns;
        var results = new OutcomeResult[outcomes.Length];
        for (var o = 0; o < outcomes.Length; o++)
        {
            var scale = outcomes[o].Scale;
            var column = _compiled.Items.Length + o;
            var moments = default(RunningMoments);
            var groupMoments = new RunningMoments[groupCount];
            long rawSum = 0;
            var dontKnows = 0;
            for (var r = 0; r < _respondentCount; r++)
            {
                var code = _codes[r * columns + column];
                if (AnswerCodes.IsNumeric(code))
                {
                    var p = scale.Normalise(code);
                    moments.Add(p);
                    groupMoments[_respondentGroup[r]].Add(p);
                    rawSum += code;
                }
                else if (code == AnswerCodes.DontKnow)
                {
                    dontKnows++;
                }
            }

            var (counts, sums) = CountsAndSums(groupMoments);
            var decision = _gate.DecideUnit([counts], [sums], [100.0 / (scale.PointCount - 1)], Enumerable.Repeat(true, groupCount).ToArray(), equalWeights: false);
            var hidden = decision.MarginWithheld[0];

            results[o] = new OutcomeResult
            {
                Id = outcomes[o].Id,
                Text = outcomes[o].Text,
                Score = hidden ? null : ClampedMean(moments),
                N = moments.Count,
                Sd = hidden ? null : moments.SampleStandardDeviation,
                MeanLevel = hidden || moments.Count == 0 ? null : (double)rawSum / moments.Count,
                DontKnowRate = hidden || moments.Count + dontKnows == 0 ? null : (double)dontKnows / (moments.Count + dontKnows),
                Groups = BuildGroups(groupMoments, decision.Withheld, withInterval: false),
            };
        }

        return results;
    }

    /// <summary>
    /// Pearson's r of every domain with every outcome over the pairwise-complete respondents, published where at least
    /// <see cref="AssociationView.MinimumPairCount"/> pairs exist and both overall figures are published.
    /// </summary>
    private AssociationView BuildAssociations(DomainResult[] domains, OutcomeResult[] outcomes)
    {
        if (_options.Purpose != ReleasePurpose.AnonymousSurvey)
        {
            return new AssociationView { Status = AssociationViewStatus.NotAnAnonymousSurvey, Entries = [] };
        }

        var domainCount = _compiled.Domains.Length;
        var columns = _compiled.Columns;
        var entries = new List<Association>(domainCount * outcomes.Length);
        var x = new double[_respondentCount];
        var y = new double[_respondentCount];
        for (var d = 0; d < domainCount; d++)
        {
            for (var o = 0; o < outcomes.Length; o++)
            {
                var scale = _compiled.Outcomes[o].Scale;
                var column = _compiled.Items.Length + o;
                var n = 0;
                for (var r = 0; r < _respondentCount; r++)
                {
                    var score = _respondentDomainScores[r * domainCount + d];
                    var code = _codes[r * columns + column];
                    if (!double.IsNaN(score) && AnswerCodes.IsNumeric(code))
                    {
                        x[n] = score;
                        y[n] = scale.Normalise(code);
                        n++;
                    }
                }

                entries.Add(Associate(domains[d], outcomes[o], x.AsSpan(0, n), y.AsSpan(0, n)));
            }
        }

        return new AssociationView { Status = AssociationViewStatus.Computed, Entries = entries };
    }

    private static Association Associate(DomainResult domain, OutcomeResult outcome, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Association Withheld(AssociationStatus status) =>
            new() { DomainId = domain.Id, OutcomeId = outcome.Id, Status = status, N = null, R = null, Ci95 = null };

        if (x.Length < AssociationView.MinimumPairCount)
        {
            return Withheld(AssociationStatus.FewerThanMinimumPairs);
        }

        if (domain.Score is null || outcome.Score is null)
        {
            return Withheld(AssociationStatus.WithheldForAnonymity);
        }

        if (Correlation.Pearson(x, y) is not { } r)
        {
            return Withheld(AssociationStatus.NoVariation);
        }

        return new Association
        {
            DomainId = domain.Id,
            OutcomeId = outcome.Id,
            Status = AssociationStatus.Published,
            N = x.Length,
            R = r,
            Ci95 = Correlation.FisherInterval95(r, x.Length),
        };
    }

    private static (int[] Counts, double[] Sums) CountsAndSums(ReadOnlySpan<RunningMoments> moments)
    {
        var counts = new int[moments.Length];
        var sums = new double[moments.Length];
        for (var g = 0; g < moments.Length; g++)
        {
            counts[g] = moments[g].Count;
            sums[g] = moments[g].Count * (moments[g].Mean ?? 0);
        }

        return (counts, sums);
    }

    private GroupResult[] BuildGroups(ReadOnlySpan<RunningMoments> moments, bool[] withheld, bool withInterval)
    {
        var groups = new GroupResult[moments.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            var suppressed = withheld[g];
            groups[g] = new GroupResult
            {
                Id = _compiled.Groups[g].Id,
                N = suppressed ? null : moments[g].Count,
                Suppressed = suppressed,
                SuppressionReason = suppressed ? _gate.ReasonFor(g) : null,
                Score = suppressed ? null : ClampedMean(moments[g]),
                Sd = suppressed ? null : moments[g].SampleStandardDeviation,
                Ci95 = suppressed || !withInterval ? null : Interval(moments[g]),
            };
        }

        return groups;
    }

    /// <summary>The perception gap; may suppress further groups so that the pool means reveal no small group.</summary>
    private PerceptionGap BuildGap(int d, bool gapWithheld)
    {
        if (!_compiled.HasBothPools)
        {
            return PerceptionGap.NotComputed(PerceptionGapStatus.NoPools);
        }

        var leadership = _domainPoolMoments[d * 3 + CompiledInstrument.LeadershipPool];
        var frontline = _domainPoolMoments[d * 3 + CompiledInstrument.FrontlinePool];
        if (leadership.Count < _options.MinimumGroupSize || frontline.Count < _options.MinimumGroupSize)
        {
            return PerceptionGap.NotComputed(PerceptionGapStatus.InsufficientRespondents);
        }

        if (gapWithheld)
        {
            return PerceptionGap.NotComputed(PerceptionGapStatus.WithheldForAnonymity);
        }

        var leadershipScore = ClampedMean(leadership)!.Value;
        var frontlineScore = ClampedMean(frontline)!.Value;
        var gap = leadershipScore - frontlineScore;
        return new PerceptionGap
        {
            Status = PerceptionGapStatus.Computed,
            Leadership = leadershipScore,
            LeadershipN = leadership.Count,
            Frontline = frontlineScore,
            FrontlineN = frontline.Count,
            Gap = gap,
            Flagged = Math.Abs(gap) >= _options.GapThreshold,
        };
    }

    private ConfidenceInterval? Interval(RunningMoments moments)
    {
        if (moments.Count < 2)
        {
            return null;
        }

        var mean = ClampedMean(moments)!.Value;
        var degrees = moments.Count - 1;
        if (!_criticalValues.TryGetValue(degrees, out var t))
        {
            t = StudentT.Quantile975(degrees);
            _criticalValues[degrees] = t;
        }

        var halfWidth = t * moments.SampleStandardDeviation!.Value / Math.Sqrt(moments.Count);
        return new ConfidenceInterval(Math.Max(0, mean - halfWidth), Math.Min(100, mean + halfWidth));
    }

    private static double? ClampedMean(RunningMoments moments) => moments.Mean is { } mean ? Math.Clamp(mean, 0, 100) : null;

    private static double? WeightedMean(IEnumerable<(double Weight, double? Score)> parts)
    {
        double weights = 0, total = 0;
        foreach (var (weight, score) in parts)
        {
            if (score is { } value)
            {
                weights += weight;
                total += weight * value;
            }
        }

        return weights > 0 ? Math.Clamp(total / weights, 0, 100) : null;
    }
}
