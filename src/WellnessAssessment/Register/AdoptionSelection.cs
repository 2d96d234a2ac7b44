namespace WellnessAssessment.Register;

/// <summary>Which entries of a closed cycle's action plan to adopt: all, the first N by priority, or chosen items.</summary>
public sealed record AdoptionSelection
{
    private AdoptionSelection(int? top, IReadOnlyList<string>? itemIds)
    {
        Top = top;
        ItemIds = itemIds;
    }

    /// <summary>Every entry of the plan.</summary>
    public static AdoptionSelection All { get; } = new(null, null);

    /// <summary>How many entries to take from the top of the plan, when the selection is "top N".</summary>
    public int? Top { get; }

    /// <summary>The chosen items, when the selection names them.</summary>
    public IReadOnlyList<string>? ItemIds { get; }

    /// <summary>The first <paramref name="count"/> entries of the plan (highest priority first); fewer when the plan is shorter.</summary>
    /// <param name="count">At least 1.</param>
    public static AdoptionSelection FirstEntries(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new(count, null);
    }

    /// <summary>The plan's entries for the given items, in plan order.</summary>
    /// <param name="itemIds">Item ids of the plan; at least one.</param>
    public static AdoptionSelection Items(IEnumerable<string> itemIds)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        var ids = itemIds.ToArray();
        ArgumentOutOfRangeException.ThrowIfZero(ids.Length, nameof(itemIds));
        return new(null, ids);
    }
}
