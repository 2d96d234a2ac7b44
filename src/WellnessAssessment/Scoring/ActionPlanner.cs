using WellnessAssessment.Instruments;

namespace WellnessAssessment.Scoring;

/// <summary>Builds the action plan and the strengths from the item results, as the scoring method specifies.</summary>
internal static class ActionPlanner
{
    /// <summary>The multiplier for items whose domain has a flagged perception gap.</summary>
    public const double GapMultiplier = 1.5;

    public static IReadOnlyList<ActionPlanEntry> Plan(CompiledInstrument compiled, DomainResult[] domains, ScoringOptions options)
    {
        var scale = compiled.Instrument.Scale;
        var entries = new List<ActionPlanEntry>();
        for (var d = 0; d < domains.Length; d++)
        {
            var domain = compiled.Domains[d];
            var domainResult = domains[d];
            var itemWeightTotal = domain.Items.Sum(item => item.Weight);
            var share = domain.Weight / compiled.TotalDomainWeight;
            for (var i = 0; i < domain.Items.Count; i++)
            {
                var item = domain.Items[i];
                var result = domainResult.Items[i];
                var reasons = new List<ActionReason>(2);
                if (result.Score < options.ActionScoreThreshold)
                {
                    reasons.Add(ActionReason.LowScore);
                }

                if (result.DontKnowRate >= options.AwarenessGapThreshold)
                {
                    reasons.Add(ActionReason.AwarenessGap);
                }

                if (reasons.Count == 0)
                {
                    continue;
                }

                // An item nobody could rate (all don't-know) is planned from the bottom of the scale.
                var level = result.MeanLevel is { } mean ? (int)Math.Floor(mean) : scale.Min;
                level = Math.Clamp(level, scale.Min, scale.Max - 1);
                var recommendation = item.Recommendations.First(candidate => candidate.Level == level);
                var flagged = domainResult.PerceptionGap.Flagged;
                var priority = share * (item.Weight / itemWeightTotal) * (100 - (result.Score ?? 0)) * (flagged ? GapMultiplier : 1);
                entries.Add(new ActionPlanEntry
                {
                    ItemId = item.Id,
                    DomainId = domain.Id,
                    SectionId = compiled.Sections[compiled.DomainSection[d]].Id,
                    ItemText = item.Text,
                    Priority = priority,
                    Level = level,
                    Score = result.Score,
                    DontKnowRate = result.DontKnowRate,
                    Reasons = reasons,
                    PerceptionGapFlagged = flagged,
                    Action = recommendation.Action,
                    Owner = recommendation.Owner,
                    Timeframe = recommendation.Timeframe,
                    Indicator = recommendation.Indicator,
                    Source = item.Source,
                });
            }
        }

        // Priorities within 1e-9 (relative) are ties and keep instrument order.
        return Ranking.HighestFirst(entries, entry => entry.Priority);
    }

    public static IReadOnlyList<Strength> Strengths(CompiledInstrument compiled, DomainResult[] domains, ScoringOptions options)
    {
        var strengths = new List<Strength>();
        foreach (var domain in domains)
        {
            foreach (var item in domain.Items)
            {
                if (item.Score is { } score && score >= options.StrengthThreshold)
                {
                    strengths.Add(new Strength(item.Id, domain.Id, item.Text, score));
                }
            }
        }

        // Scores within 1e-9 (relative) are ties and keep instrument order, as priorities do.
        return Ranking.HighestFirst(strengths, strength => strength.Score);
    }
}
