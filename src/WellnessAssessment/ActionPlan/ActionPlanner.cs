using WellnessAssessment.Instruments;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.ActionPlan;

/// <summary>
/// Builds the action plan, the keep-it-going list, the steps that begin the plan and the strengths from the item
/// results, as the scoring method specifies. Every step is the variant of the instrument's recommendation that fits the
/// agency profile.
/// </summary>
internal static class ActionPlanner
{
    /// <summary>The multiplier for items whose domain has a flagged perception gap.</summary>
    public const double GapMultiplier = 1.5;

    public static IReadOnlyList<ActionPlanEntry> Plan(CompiledInstrument compiled, DomainResult[] domains, ScoringOptions options, AgencyProfile? profile)
    {
        var scale = compiled.Instrument.Scale;
        var entries = new List<ActionPlanEntry>();
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (domain, domainResult, item, result, priority, sectionId) in Candidates(compiled, domains))
        {
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
            var step = recommendation.For(profile);
            if (recommendation.Shared is { Length: > 0 } key)
            {
                shared[item.Id] = key;
            }

            entries.Add(new ActionPlanEntry
            {
                ItemId = item.Id,
                DomainId = domain.Id,
                SectionId = sectionId,
                ItemText = item.Text,
                Priority = priority,
                Level = level,
                Score = result.Score,
                DontKnowRate = result.DontKnowRate,
                Reasons = reasons,
                PerceptionGapFlagged = domainResult.PerceptionGap.Flagged,
                Action = step.Action,
                Owner = step.Owner,
                Timeframe = step.Timeframe,
                TimeframeDays = step.TimeframeDays,
                Indicator = step.Indicator,
                Resource = step.Resource,
                Source = item.Source,
            });
        }

        // Priorities within 1e-9 (relative) are ties and keep instrument order.
        var ranked = Ranking.HighestFirst(entries, entry => entry.Priority);
        return shared.Count == 0 ? ranked : OfferSharedStepsOnce(ranked, shared);
    }

    /// <summary>
    /// Keeps the highest-priority entry of each shared step and lists the other items it serves there, so that a plan
    /// offers one resource list, one statement of values or one required training rather than one per item. Only
    /// instruments that mark shared steps (2.1.0 on) are affected.
    /// </summary>
    private static List<ActionPlanEntry> OfferSharedStepsOnce(ActionPlanEntry[] ranked, Dictionary<string, string> shared)
    {
        var result = new List<ActionPlanEntry>(ranked.Length);
        var firstByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var served = new Dictionary<int, List<string>>();
        foreach (var entry in ranked)
        {
            if (shared.TryGetValue(entry.ItemId, out var key))
            {
                if (firstByKey.TryGetValue(key, out var index))
                {
                    served[index].Add(entry.ItemId);
                    continue;
                }

                firstByKey[key] = result.Count;
                served[result.Count] = [];
            }

            result.Add(entry);
        }

        foreach (var (index, items) in served.Where(pair => pair.Value.Count > 0))
        {
            result[index] = result[index] with { AlsoServes = items };
        }

        return result;
    }

    /// <summary>Items at or above the action threshold and below the strength threshold that are not in the plan, with their sustain step.</summary>
    public static IReadOnlyList<SustainEntry> KeepItGoing(
        CompiledInstrument compiled, DomainResult[] domains, ScoringOptions options, AgencyProfile? profile, IReadOnlyList<ActionPlanEntry> plan)
    {
        var planned = plan.Select(entry => entry.ItemId).ToHashSet(StringComparer.Ordinal);
        var sustainLevel = compiled.Instrument.Scale.Max - 1;
        var entries = new List<SustainEntry>();
        foreach (var (domain, _, item, result, priority, sectionId) in Candidates(compiled, domains))
        {
            if (result.Score is not { } score || score < options.ActionScoreThreshold || score >= options.StrengthThreshold || planned.Contains(item.Id))
            {
                continue;
            }

            var step = item.Recommendations.First(candidate => candidate.Level == sustainLevel).For(profile);
            entries.Add(new SustainEntry
            {
                ItemId = item.Id,
                DomainId = domain.Id,
                SectionId = sectionId,
                ItemText = item.Text,
                Priority = priority,
                Score = score,
                Level = sustainLevel,
                Action = step.Action,
                Owner = step.Owner,
                Timeframe = step.Timeframe,
                TimeframeDays = step.TimeframeDays,
                Indicator = step.Indicator,
                Resource = step.Resource,
                Source = item.Source,
            });
        }

        return Ranking.HighestFirst(entries, entry => entry.Priority);
    }

    /// <summary>
    /// The steps that begin the plan: hearing staff for a one-view result, then each role that a step of the plan or of
    /// the keep-it-going list needs and the profile says may not exist, in the order the steps first name it.
    /// </summary>
    public static IReadOnlyList<FirstStep> FirstSteps(
        Instrument instrument, SingleView? singleView, AgencyProfile? profile, IReadOnlyList<ActionPlanEntry> plan, IReadOnlyList<SustainEntry> keepItGoing)
    {
        var steps = new List<FirstStep>();
        if (singleView is not null)
        {
            var hear = instrument.HearStaff ?? DefaultSteps.HearStaff;
            steps.Add(new FirstStep
            {
                Kind = FirstStepKind.HearStaff,
                Role = null,
                Action = hear.Action,
                Owner = hear.Owner,
                Timeframe = hear.Timeframe,
                TimeframeDays = hear.TimeframeDays,
                Indicator = hear.Indicator,
                Resource = hear.Resource,
                Source = hear.Source,
                NeededBy = [],
            });
        }

        var absent = (instrument.Roles ?? []).Where(role => role.AbsentWhen.IsMetBy(profile)).ToDictionary(role => role.Title, StringComparer.Ordinal);
        if (absent.Count == 0)
        {
            return steps;
        }

        var needs = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<RoleDefinition>();
        foreach (var (owner, itemId) in plan.Select(entry => (entry.Owner, entry.ItemId)).Concat(keepItGoing.Select(entry => (entry.Owner, entry.ItemId))))
        {
            if (!absent.TryGetValue(owner, out var role))
            {
                continue;
            }

            if (!needs.TryGetValue(role.Title, out var items))
            {
                needs[role.Title] = items = [];
                order.Add(role);
            }

            items.Add(itemId);
        }

        steps.AddRange(order.Select(role => new FirstStep
        {
            Kind = FirstStepKind.AssignRole,
            Role = role.Title,
            Action = role.Establish.Action,
            Owner = role.Establish.Owner,
            Timeframe = role.Establish.Timeframe,
            TimeframeDays = role.Establish.TimeframeDays,
            Indicator = role.Establish.Indicator,
            Resource = role.Establish.Resource,
            Source = role.Establish.Source,
            NeededBy = needs[role.Title],
        }));
        return steps;
    }

    /// <summary>One view when a single person answered, or every respondent belongs to the same group.</summary>
    public static SingleView? SingleViewOf(CompiledInstrument compiled, int[] respondentGroups)
    {
        if (respondentGroups.Length == 0 || respondentGroups.Any(group => group != respondentGroups[0]))
        {
            return null;
        }

        var group = compiled.Groups[respondentGroups[0]];
        return new SingleView(
            respondentGroups.Length == 1 ? SingleViewReason.OneRespondent : SingleViewReason.OneGroup, group.Id, group.Title, respondentGroups.Length);
    }

    /// <summary>Every item with its result and its priority <c>W_d/ΣW · w_i/Σw_d · (100 − score)</c> (× 1.5 under a flagged gap).</summary>
    private static IEnumerable<(Domain Domain, DomainResult DomainResult, Item Item, ItemResult Result, double Priority, string SectionId)> Candidates(
        CompiledInstrument compiled, DomainResult[] domains)
    {
        for (var d = 0; d < domains.Length; d++)
        {
            var domain = compiled.Domains[d];
            var domainResult = domains[d];
            var itemWeightTotal = domain.Items.Sum(item => item.Weight);
            var share = domain.Weight / compiled.TotalDomainWeight;
            var flagged = domainResult.PerceptionGap.Flagged;
            var sectionId = compiled.Sections[compiled.DomainSection[d]].Id;
            for (var i = 0; i < domain.Items.Count; i++)
            {
                var item = domain.Items[i];
                var result = domainResult.Items[i];
                var priority = share * (item.Weight / itemWeightTotal) * (100 - (result.Score ?? 0)) * (flagged ? GapMultiplier : 1);
                yield return (domain, domainResult, item, result, priority, sectionId);
            }
        }
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
