using WellnessAssessment.ActionPlan;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Register;

/// <summary>Turns entries of a closed cycle's action plan into register actions.</summary>
public static class ActionAdoption
{
    /// <summary>
    /// Adopts the selected plan entries of <paramref name="result"/> as planned actions with a first history entry dated
    /// <paramref name="today"/>. An action's id is <c>{sourceCycle}.{itemId}</c>, so adopting an item of the same cycle
    /// twice gives the same id; entries whose id is in <paramref name="existingIds"/> are skipped.
    /// </summary>
    /// <param name="result">The closed cycle's result.</param>
    /// <param name="selection">Which entries.</param>
    /// <param name="sourceCycle">The cycle's id.</param>
    /// <param name="today">The day of adoption.</param>
    /// <param name="existingIds">Ids of actions the register already holds.</param>
    /// <exception cref="AssessmentValidationException">
    /// Chosen items that are not in the plan (subject <c>adoption</c>, paths <c>itemIds[i]</c>), or a cycle id that
    /// makes an invalid action id (path <c>sourceCycle</c>).
    /// </exception>
    public static IReadOnlyList<RegisterAction> Adopt(
        AssessmentResult result, AdoptionSelection selection, string sourceCycle, DateOnly today, IReadOnlySet<string>? existingIds = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(sourceCycle);
        var plan = result.ActionPlan ?? [];
        IEnumerable<ActionPlanEntry> chosen = plan;
        var errors = new List<ValidationError>();
        if (!Identifiers.IsValid(sourceCycle))
        {
            errors.Add(new ValidationError("sourceCycle", Identifiers.Rule));
        }

        if (selection.Top is { } top)
        {
            chosen = plan.Take(top);
        }
        else if (selection.ItemIds is { } itemIds)
        {
            var inPlan = plan.Select(entry => entry.ItemId).ToHashSet(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < itemIds.Count; i++)
            {
                if (!inPlan.Contains(itemIds[i] ?? string.Empty))
                {
                    errors.Add(new ValidationError($"itemIds[{i}]", $"'{itemIds[i]}' is not in the cycle's action plan"));
                }
                else if (!seen.Add(itemIds[i]))
                {
                    errors.Add(new ValidationError($"itemIds[{i}]", $"'{itemIds[i]}' is chosen twice"));
                }
            }

            chosen = plan.Where(entry => seen.Contains(entry.ItemId));
        }

        if (errors.Count > 0)
        {
            throw new AssessmentValidationException("adoption", errors);
        }

        var actions = new List<RegisterAction>();
        foreach (var entry in chosen)
        {
            var id = $"{sourceCycle}.{entry.ItemId}";
            if (existingIds?.Contains(id) == true)
            {
                continue;
            }

            actions.Add(new RegisterAction
            {
                Id = id,
                SourceCycle = sourceCycle,
                ItemId = entry.ItemId,
                DomainId = entry.DomainId,
                Level = entry.Level,
                Recommendation = entry.Action,
                Owner = entry.Owner,
                Status = ActionStatus.Planned,
                History = [new StatusChange(ActionStatus.Planned, today, null)],
            });
        }

        return actions;
    }
}
