using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Register;

namespace WellnessAssessment.Service.Register;

/// <summary>
/// The register's order: the actions of the agency's current focus areas first (those saved for its latest closed
/// cycle that has any), by the areas' rank, then every other action; adoption order within each.
/// </summary>
public static class FocusOrder
{
    /// <summary>The focus areas the register leads with: those saved for the agency's latest closed cycle that has any, or none.</summary>
    /// <param name="cycles">The agency's cycles.</param>
    public static IReadOnlyList<string> CurrentFocusAreas(IEnumerable<StoredCycle> cycles)
    {
        ArgumentNullException.ThrowIfNull(cycles);
        return cycles
            .Where(cycle => cycle.Status == CycleStatus.Closed && cycle.FocusAreas is { Count: > 0 })
            .OrderByDescending(cycle => cycle.ClosedAt ?? cycle.CreatedAt)
            .Select(cycle => cycle.FocusAreas!)
            .FirstOrDefault() ?? [];
    }

    /// <summary>The actions with those of <paramref name="focusAreas"/> first (by the areas' rank), the rest after; adoption order within each (a stable sort).</summary>
    /// <param name="actions">The register in adoption order.</param>
    /// <param name="focusAreas">The domain ids to lead with, most important first.</param>
    public static IReadOnlyList<StoredAction> FocusFirst(IReadOnlyList<StoredAction> actions, IReadOnlyList<string> focusAreas)
    {
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(focusAreas);
        if (focusAreas.Count == 0)
        {
            return actions;
        }

        return [.. actions.OrderBy(stored => focusAreas.IndexOf(stored.Action.DomainId) is var rank and >= 0 ? rank : focusAreas.Count)];
    }

    private static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
