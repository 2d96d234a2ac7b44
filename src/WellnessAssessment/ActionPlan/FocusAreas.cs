using WellnessAssessment.Instruments;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Validation;

namespace WellnessAssessment.ActionPlan;

/// <summary>
/// The one to three focus areas (domains) command staff pick for a closed cycle, or that the core suggests from the
/// plan's priorities (<see cref="Suggest"/>). The first-year plan (<see cref="FirstYearPlanner"/>) leads with their
/// actions.
/// </summary>
public sealed class FocusAreas
{
    /// <summary>The most focus areas a plan may have: 3.</summary>
    public const int Most = 3;

    private FocusAreas(InstrumentReference instrument, IReadOnlyList<FocusArea> areas, bool suggested)
    {
        Instrument = instrument;
        Areas = areas;
        Suggested = suggested;
    }

    /// <summary>The instrument whose domains these are.</summary>
    public InstrumentReference Instrument { get; }

    /// <summary>The focus areas in the order given (chosen) or ranked (suggested); none only when a suggestion found no action to focus on.</summary>
    public IReadOnlyList<FocusArea> Areas { get; }

    /// <summary>The domain ids of <see cref="Areas"/>, in order.</summary>
    public IEnumerable<string> DomainIds => Areas.Select(area => area.DomainId);

    /// <summary>Whether the core suggested the areas (<see langword="true"/>) or command staff chose them.</summary>
    public bool Suggested { get; }

    /// <summary>Focus areas chosen by command staff: one to three distinct domain ids of <paramref name="instrument"/>.</summary>
    /// <param name="instrument">The instrument the cycle used.</param>
    /// <param name="domainIds">The chosen domain ids, most important first.</param>
    /// <returns>The validated focus areas.</returns>
    /// <exception cref="AssessmentValidationException">
    /// Subject <c>focus areas</c>: none or more than three were given (path <c>focusAreas</c>), or an id is not a domain
    /// of the instrument or is given twice (path <c>focusAreas[i]</c>); every problem is listed.
    /// </exception>
    public static FocusAreas Choose(Instrument instrument, IEnumerable<string> domainIds)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(domainIds);
        var ids = domainIds.ToList();
        var domains = instrument.Domains.ToDictionary(domain => domain.Id, StringComparer.Ordinal);
        var errors = new List<ValidationError>();
        if (ids.Count is 0 or > Most)
        {
            errors.Add(new ValidationError(
                "focusAreas",
                $"Choose one to three focus areas (domain ids of {instrument.Id} {instrument.Version}, for example '{domains.Keys.First()}'); {ids.Count} were given."));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i] ?? string.Empty;
            if (!domains.ContainsKey(id))
            {
                errors.Add(new ValidationError($"focusAreas[{i}]", $"'{id}' is not a domain of {instrument.Id} {instrument.Version}; its domains are {string.Join(", ", domains.Keys)}."));
            }
            else if (!seen.Add(id))
            {
                errors.Add(new ValidationError($"focusAreas[{i}]", $"'{id}' is given twice; each focus area is a different domain."));
            }
        }

        if (errors.Count > 0)
        {
            throw new AssessmentValidationException("focus areas", errors);
        }

        return new FocusAreas(instrument.Reference, [.. ids.Select(id => new FocusArea(id, domains[id].Title))], suggested: false);
    }

    /// <summary>
    /// The focus areas the core suggests from a result's action plan: the (at most three) domains holding the
    /// highest-priority actions. Domains are ranked by the priority of their highest-priority action; priorities within
    /// 1e-9 (relative) are ties, broken by the lower domain score, then the larger leadership–frontline gap (absolute),
    /// then instrument order. A result with no action (or a withheld release) gets no suggestion.
    /// </summary>
    /// <param name="result">The scored result.</param>
    /// <returns>Up to three suggested focus areas, highest first.</returns>
    public static FocusAreas Suggest(AssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var domains = result.Domains().ToList();
        var order = domains.Select((domain, index) => (domain.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        var top = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entry in result.ActionPlan)
        {
            top.TryAdd(entry.DomainId, entry.Priority);
            top[entry.DomainId] = Math.Max(top[entry.DomainId], entry.Priority);
        }

        var candidates = domains.Where(domain => top.ContainsKey(domain.Id)).ToList();
        candidates.Sort((a, b) =>
        {
            var (pa, pb) = (top[a.Id], top[b.Id]);
            if (!Ranking.AreTied(pa, pb))
            {
                return pb.CompareTo(pa);
            }

            var byScore = (a.Score ?? double.MaxValue).CompareTo(b.Score ?? double.MaxValue);
            if (byScore != 0)
            {
                return byScore;
            }

            var byGap = Math.Abs(b.PerceptionGap.Gap ?? 0).CompareTo(Math.Abs(a.PerceptionGap.Gap ?? 0));
            return byGap != 0 ? byGap : order[a.Id].CompareTo(order[b.Id]);
        });
        return new FocusAreas(
            result.Instrument,
            [.. candidates.Take(Most).Select(domain => new FocusArea(domain.Id, domain.Title) { Score = domain.Score })],
            suggested: true);
    }
}
