using WellnessAssessment.Instruments;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Statistics;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Register;

/// <summary>
/// Closes the loop from plan to re-measurement: for each action of a register, how its item and domain moved between
/// an earlier and a later cycle. Domains are compared as the trend compares them (the same comparability rules, the
/// published CI95); items get the same Student-t 95% interval of the mean, <c>score ± t(0.975, n − 1) · sd / √n</c>
/// clipped to [0, 100], from their <c>n</c> and <c>sd</c>. A change counts as movement only when the two intervals do
/// not overlap. Pure: the same inputs always give the same report.
/// </summary>
public static class ProgressCalculator
{
    /// <summary>Computes the progress of <paramref name="register"/> from <paramref name="earlier"/> to <paramref name="later"/>.</summary>
    /// <param name="register">The action register; validated first.</param>
    /// <param name="earlier">The earlier cycle's result (the one the actions were adopted from).</param>
    /// <param name="later">The later cycle's result.</param>
    /// <param name="crosswalk">The crosswalk between the two instrument versions when their major versions differ.</param>
    /// <exception cref="AssessmentValidationException">
    /// The register is invalid (subject <c>action register</c>), or the results are of different instruments or of
    /// different major versions without a matching crosswalk (subject <c>previous result</c>).
    /// </exception>
    public static ProgressReport Compute(ActionRegister register, AssessmentResult earlier, AssessmentResult later, InstrumentCrosswalk? crosswalk = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        register.Validate().ThrowIfInvalid();
        var trend = TrendCalculator.Compare(later, earlier, crosswalk);
        var intervals = new IntervalCache();

        var earlierDomains = earlier.Domains().ToDictionary(domain => domain.Id, StringComparer.Ordinal);
        var earlierItems = earlierDomains.Values.SelectMany(domain => domain.Items).ToDictionary(item => item.Id, StringComparer.Ordinal);
        var comparableDomains = trend.Domains.Where(change => change.Then is not null || trend.Basis == TrendBasis.SameVersion)
            .Select(change => change.Id).ToHashSet(StringComparer.Ordinal);
        var previousItemIds = trend.Basis == TrendBasis.SameVersion
            ? null
            : trend.Items.ToDictionary(change => change.ItemId, change => change.PreviousItemId, StringComparer.Ordinal);

        var items = new Dictionary<string, ScoreMovement>(StringComparer.Ordinal);
        var domains = new Dictionary<string, ScoreMovement>(StringComparer.Ordinal);
        var itemDomain = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var domain in later.Domains())
        {
            var thenDomain = comparableDomains.Contains(domain.Id) ? earlierDomains.GetValueOrDefault(domain.Id) : null;
            domains[domain.Id] = Movement(domain.Id, domain.Id, thenDomain?.Score, domain.Score, thenDomain?.Ci95, domain.Ci95, thenDomain is not null);
            foreach (var item in domain.Items)
            {
                itemDomain[item.Id] = domain.Id;
                var previousId = previousItemIds is null ? item.Id : previousItemIds.GetValueOrDefault(item.Id);
                var thenItem = previousId is null ? null : earlierItems.GetValueOrDefault(previousId);
                items[item.Id] = Movement(
                    item.Id, previousId ?? item.Id, thenItem?.Score, item.Score,
                    thenItem is null ? null : intervals.Of(thenItem), intervals.Of(item), thenItem is not null);
            }
        }

        var byPreviousId = new Dictionary<string, ScoreMovement>(StringComparer.Ordinal);
        foreach (var movement in items.Values)
        {
            byPreviousId.TryAdd(movement.PreviousId, movement);
        }

        var actions = new ActionProgress[register.Actions.Count];
        var actedOn = new HashSet<string>(StringComparer.Ordinal);
        var withoutMovement = new List<string>();
        for (var i = 0; i < actions.Length; i++)
        {
            var action = register.Actions[i];
            // The action names the item of the cycle it came from; across a crosswalk that is the item's previous id.
            var item = byPreviousId.GetValueOrDefault(action.ItemId) ?? items.GetValueOrDefault(action.ItemId) ?? Missing(action.ItemId);
            var domainId = itemDomain.GetValueOrDefault(item.Id) ?? action.DomainId;
            var domain = domains.GetValueOrDefault(domainId) ?? Missing(domainId);
            actions[i] = new ActionProgress
            {
                ActionId = action.Id,
                ItemId = action.ItemId,
                DomainId = domainId,
                Recommendation = action.Recommendation,
                Assignee = action.Assignee,
                Due = action.Due,
                Status = action.Status,
                DroppedReason = action.DroppedReason,
                DoneOn = action.Status == ActionStatus.Done ? action.History.LastOrDefault(change => change.Status == ActionStatus.Done)?.Date : null,
                Item = item,
                Domain = domain,
            };
            if (action.Status is ActionStatus.InProgress or ActionStatus.Done)
            {
                actedOn.Add(item.Id);
                if (!item.Moved)
                {
                    withoutMovement.Add(action.Id);
                }
            }
        }

        return new ProgressReport
        {
            EarlierInstrument = earlier.Instrument,
            LaterInstrument = later.Instrument,
            EarlierRespondents = earlier.Respondents,
            LaterRespondents = later.Respondents,
            Actions = actions,
            MovedWithoutAction = [.. items.Values.Where(movement => movement.Moved && !actedOn.Contains(movement.Id))],
            ActionsWithoutMovement = withoutMovement,
        };
    }

    private static ScoreMovement Missing(string id) => new(id, id, null, null, null, null, null, null, ChangeSignal.NotComparable);

    private static ScoreMovement Movement(
        string id, string previousId, double? then, double? now, ConfidenceInterval? thenInterval, ConfidenceInterval? nowInterval, bool comparable)
    {
        var delta = now - then;
        bool? overlap = thenInterval is not null && nowInterval is not null ? thenInterval.Overlaps(nowInterval) : null;
        var signal = !comparable || delta is null ? ChangeSignal.NotComparable
            : overlap is null ? ChangeSignal.Undetermined
            : overlap.Value ? ChangeSignal.WithinNoise
            : delta > 0 ? ChangeSignal.Improved
            : ChangeSignal.Declined;
        return new ScoreMovement(id, previousId, then, now, delta, thenInterval, nowInterval, overlap, signal);
    }

    /// <summary>Item intervals, with the t critical value computed once per degrees of freedom.</summary>
    private sealed class IntervalCache
    {
        private readonly Dictionary<int, double> _criticalValues = [];

        public ConfidenceInterval? Of(ItemResult item)
        {
            if (item.N < 2 || item.Sd is not { } sd || item.Score is not { } score || !double.IsFinite(sd))
            {
                return null;
            }

            var degrees = item.N - 1;
            if (!_criticalValues.TryGetValue(degrees, out var t))
            {
                t = StudentT.Quantile975(degrees);
                _criticalValues[degrees] = t;
            }

            var halfWidth = t * sd / Math.Sqrt(item.N);
            return new ConfidenceInterval(Math.Max(0, score - halfWidth), Math.Min(100, score + halfWidth));
        }
    }
}
