namespace WellnessAssessment.Register;

/// <summary>Counts of a register on one day, for a dashboard line such as "12 of 20 actions done, 3 overdue".</summary>
/// <param name="Total">Every action.</param>
/// <param name="Planned">Actions not started.</param>
/// <param name="InProgress">Actions started.</param>
/// <param name="Done">Actions finished.</param>
/// <param name="Dropped">Actions given up.</param>
/// <param name="Overdue">Planned or in-progress actions whose due day has passed.</param>
public sealed record RegisterSummary(int Total, int Planned, int InProgress, int Done, int Dropped, int Overdue)
{
    /// <summary>Counts <paramref name="actions"/> as of <paramref name="today"/>.</summary>
    /// <param name="actions">The actions.</param>
    /// <param name="today">The day overdue is judged on.</param>
    public static RegisterSummary Of(IEnumerable<RegisterAction> actions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(actions);
        int total = 0, planned = 0, inProgress = 0, done = 0, dropped = 0, overdue = 0;
        foreach (var action in actions)
        {
            total++;
            switch (action.Status)
            {
                case ActionStatus.Planned: planned++; break;
                case ActionStatus.InProgress: inProgress++; break;
                case ActionStatus.Done: done++; break;
                case ActionStatus.Dropped: dropped++; break;
            }

            if (action.IsOverdue(today))
            {
                overdue++;
            }
        }

        return new RegisterSummary(total, planned, inProgress, done, dropped, overdue);
    }
}
