using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Norms;

/// <summary>
/// Builds <see cref="PeerNorms"/> from many agencies' results of one instrument id and major version. For the overall
/// score, every section and every domain, it summarises the agencies that have a score, for all agencies and for each
/// size band (from <c>agency.profile.size</c>; agencies of unknown size count only towards all agencies). A cell is
/// published when it holds at least <see cref="NormsOptions.MinimumAgencies"/> agencies, and never when its figures,
/// subtracted from the all-agencies cell together with the other published bands, would describe between 1 and
/// <see cref="NormsOptions.MinimumAgencies"/> − 1 agencies: the bands then withheld, smallest first, until the hidden
/// agencies (withheld bands plus unknown size) are 0 or at least the minimum — the group rule of the scoring contract,
/// applied to agencies. A published cell's statistics scale with its agencies: with the minimum k = 5, 5–9 agencies
/// give the median only (rounded to whole points), 10–19 the quartiles, 20 or more p10 … p90 and the mean. Only
/// anonymous surveys with at least <see cref="NormsOptions.MinimumRespondents"/> respondents contribute.
/// </summary>
public sealed class PeerNormsBuilder
{
    private static readonly NormsOptionsValidator OptionsValidator = new();
    private static readonly AgencySize[] SizeBands = Enum.GetValues<AgencySize>();

    private readonly NormsOptions options;

    /// <summary>Creates a builder with the default options (5 agencies per cell).</summary>
    public PeerNormsBuilder()
        : this(new NormsOptions())
    {
    }

    /// <summary>Creates a builder.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="AssessmentValidationException">The options are out of range (minimum agencies below 5).</exception>
    public PeerNormsBuilder(NormsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ValidationErrors.ThrowIfInvalid("norms options", OptionsValidator.Validate(options));
        this.options = options;
    }

    /// <summary>Builds norms from one result per agency.</summary>
    /// <param name="results">The agencies' results; each names its agency, and no agency appears twice.</param>
    /// <exception cref="AssessmentValidationException">
    /// There is no result, a result names no agency, two results name the same agency, or the results are of different
    /// instruments or major versions. The paths are <c>results[i]</c>.
    /// </exception>
    public PeerNorms Build(IEnumerable<AssessmentResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results as IReadOnlyList<AssessmentResult> ?? results.ToList();
        var instrument = Validate(list);

        var bands = new AgencySize?[list.Count];
        var contributions = new string[list.Count];
        var measures = new List<(NormScope Scope, string? Id)> { (NormScope.Overall, null) };
        var values = new Dictionary<(NormScope, string?), double?[]>
        {
            [(NormScope.Overall, null)] = new double?[list.Count],
        };

        for (var i = 0; i < list.Count; i++)
        {
            var result = list[i];
            bands[i] = result.Agency?.Profile?.Size;
            contributions[i] = ContributionFingerprint.Of(result);
            values[(NormScope.Overall, null)][i] = result.Overall.Score;
            foreach (var section in result.Sections)
            {
                Set(NormScope.Section, section.Id, i, section.Score);
            }
        }

        // Domains after sections, so that the cells read overall → sections → domains.
        for (var i = 0; i < list.Count; i++)
        {
            foreach (var domain in list[i].Domains())
            {
                Set(NormScope.Domain, domain.Id, i, domain.Score);
            }
        }

        var cells = new List<NormCell>(measures.Count * (SizeBands.Length + 1));
        foreach (var measure in measures)
        {
            AddCells(cells, measure.Scope, measure.Id, values[measure], bands);
        }

        return new PeerNorms
        {
            Format = PeerNorms.CurrentFormat,
            Instrument = instrument,
            MinimumAgencies = options.MinimumAgencies,
            Contributions = contributions.Order(StringComparer.Ordinal).ToArray(),
            Cells = cells,
        };

        void Set(NormScope scope, string id, int index, double? score)
        {
            if (!values.TryGetValue((scope, id), out var column))
            {
                column = new double?[list.Count];
                values[(scope, id)] = column;
                measures.Add((scope, id));
            }

            column[index] = score;
        }
    }

    private void AddCells(List<NormCell> cells, NormScope scope, string? id, double?[] column, AgencySize?[] bands)
    {
        var k = options.MinimumAgencies;
        var all = new List<double>(column.Length);
        var perBand = new List<double>[SizeBands.Length];
        for (var b = 0; b < perBand.Length; b++)
        {
            perBand[b] = [];
        }

        var unknownSize = 0;
        for (var i = 0; i < column.Length; i++)
        {
            if (column[i] is not { } score)
            {
                continue;
            }

            all.Add(score);
            if (bands[i] is { } band)
            {
                perBand[(int)band].Add(score);
            }
            else
            {
                unknownSize++;
            }
        }

        var reasons = new NormWithholdReason?[SizeBands.Length];
        var hidden = unknownSize;
        for (var b = 0; b < perBand.Length; b++)
        {
            if (perBand[b].Count < k)
            {
                reasons[b] = NormWithholdReason.TooFewAgencies;
                hidden += perBand[b].Count;
            }
        }

        // Complementary rule: all agencies minus the published bands must not describe 1 to k − 1 agencies.
        while (hidden > 0 && hidden < k)
        {
            var smallest = -1;
            for (var b = 0; b < perBand.Length; b++)
            {
                if (reasons[b] is null && (smallest < 0 || perBand[b].Count < perBand[smallest].Count))
                {
                    smallest = b;
                }
            }

            if (smallest < 0)
            {
                break; // every band is withheld: the hidden agencies are all of them, and the all-agencies cell decides below.
            }

            reasons[smallest] = NormWithholdReason.Complementary;
            hidden += perBand[smallest].Count;
        }

        cells.Add(Cell(scope, id, null, all, all.Count < k ? NormWithholdReason.TooFewAgencies : null));
        for (var b = 0; b < perBand.Length; b++)
        {
            cells.Add(Cell(scope, id, SizeBands[b], perBand[b], all.Count < k ? NormWithholdReason.TooFewAgencies : reasons[b]));
        }
    }

    private NormCell Cell(NormScope scope, string? id, AgencySize? band, List<double> scores, NormWithholdReason? reason)
    {
        if (reason is not null || scores.Count == 0)
        {
            return new NormCell
            {
                Scope = scope, Id = id, SizeBand = band, Agencies = null, Withheld = true,
                WithheldReason = reason ?? NormWithholdReason.TooFewAgencies,
                Mean = null, P10 = null, P25 = null, P50 = null, P75 = null, P90 = null,
            };
        }

        var sorted = scores.ToArray();
        Array.Sort(sorted);
        var sum = 0.0;
        foreach (var score in sorted)
        {
            sum += score;
        }

        // The statistics scale with the agencies (NormTiers): 5–9 the rounded median, 10–19 the quartiles, 20+ all.
        var k = options.MinimumAgencies;
        var quartiles = NormTiers.HasQuartiles(sorted.Length, k);
        var full = NormTiers.HasFullRange(sorted.Length, k);
        return new NormCell
        {
            Scope = scope,
            Id = id,
            SizeBand = band,
            Agencies = sorted.Length,
            Withheld = false,
            WithheldReason = null,
            Mean = full ? Math.Clamp(sum / sorted.Length, sorted[0], sorted[^1]) : null,
            P10 = full ? Percentiles.OfSorted(sorted, 0.10) : null,
            P25 = quartiles ? Percentiles.OfSorted(sorted, 0.25) : null,
            P50 = NormTiers.Median(Percentiles.OfSorted(sorted, 0.50), sorted.Length, k),
            P75 = quartiles ? Percentiles.OfSorted(sorted, 0.75) : null,
            P90 = full ? Percentiles.OfSorted(sorted, 0.90) : null,
        };
    }

    /// <summary>
    /// Builds the norms an agency is compared with when it contributed: the same results without the agencies named
    /// (leave-one-out). Each cell then counts only the others, so its statistics follow their number: a cell of 6
    /// gives each of its contributors a 5-agency median only, a cell of 5 gives them nothing. The CLI
    /// (<c>--exclude-agency</c>) and the API (a contributor's peer comparison) both build their norms here.
    /// </summary>
    /// <param name="results">Every contributing result, one per agency.</param>
    /// <param name="agencyIds">The agencies to leave out.</param>
    /// <returns>The norms without those agencies, or <see langword="null"/> when no result is left.</returns>
    /// <exception cref="AssessmentValidationException">The results that are left break the rules of <see cref="Build"/>.</exception>
    public PeerNorms? BuildWithout(IEnumerable<AssessmentResult> results, IEnumerable<string> agencyIds)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(agencyIds);
        var left = agencyIds.ToHashSet(StringComparer.Ordinal);
        var kept = results.Where(result => result?.Agency?.Id is not { } id || !left.Contains(id)).ToList();
        return kept.Count == 0 ? null : Build(kept);
    }

    /// <summary>
    /// How many contributions differ between the results of the published norms and those of a rebuild: agencies
    /// added, agencies removed, and agencies whose scores changed (by <see cref="PeerNorms.Contributions"/>
    /// fingerprint). A rebuild is published only when at least <see cref="NormsOptions.MinimumAgencies"/> changed
    /// (<see cref="MayPublish"/>): otherwise the difference between two published norms would describe fewer agencies.
    /// </summary>
    /// <param name="published">The results of the norms in force (none before the first publication).</param>
    /// <param name="rebuilt">The results of the rebuild.</param>
    public static int CountChangedContributions(IEnumerable<AssessmentResult> published, IEnumerable<AssessmentResult> rebuilt)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(rebuilt);
        var before = published.ToDictionary(result => result.Agency?.Id ?? string.Empty, ContributionFingerprint.Of, StringComparer.Ordinal);
        var changed = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in rebuilt)
        {
            var agency = result.Agency?.Id ?? string.Empty;
            seen.Add(agency);
            if (!before.TryGetValue(agency, out var fingerprint) || fingerprint != ContributionFingerprint.Of(result))
            {
                changed++;
            }
        }

        return changed + before.Keys.Count(agency => !seen.Contains(agency));
    }

    /// <summary>Whether a rebuild may replace the published norms: at least <see cref="NormsOptions.MinimumAgencies"/> contributions changed.</summary>
    /// <param name="published">The results of the norms in force (none before the first publication).</param>
    /// <param name="rebuilt">The results of the rebuild.</param>
    public bool MayPublish(IEnumerable<AssessmentResult> published, IEnumerable<AssessmentResult> rebuilt) =>
        CountChangedContributions(published, rebuilt) >= options.MinimumAgencies;

    /// <summary>
    /// Whether a result may contribute to norms: an anonymous survey (<see cref="Disclosure.ReleasePurpose.AnonymousSurvey"/>,
    /// never a leadership self-assessment) answered by at least <see cref="NormsOptions.MinimumRespondents"/>.
    /// The API also requires the cycle to be closed.
    /// </summary>
    /// <param name="result">A result.</param>
    public static bool CanContribute(AssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ContributionProblem(result) is null;
    }

    private static string? ContributionProblem(AssessmentResult result) =>
        result.Options?.Purpose is not Disclosure.ReleasePurpose.AnonymousSurvey
            ? "is not an anonymous survey (a leadership self-assessment); norms take anonymous surveys only"
            : result.Respondents < NormsOptions.MinimumRespondents
                ? $"has {(result.Respondents == 0 ? "no" : "fewer than " + NormsOptions.MinimumRespondents)} respondents; a contribution needs at least {NormsOptions.MinimumRespondents}"
                : null;

    private static NormsInstrument Validate(IReadOnlyList<AssessmentResult> results)
    {
        var errors = new List<ValidationError>();
        if (results.Count == 0)
        {
            throw new AssessmentValidationException("results", [new ValidationError("results", "is empty; norms need the results of at least one agency")]);
        }

        var first = results[0];
        var agencies = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            var path = $"results[{i}]";
            if (result is null)
            {
                errors.Add(new ValidationError(path, "is null"));
                continue;
            }

            if (result.Instrument.MajorVersion is null)
            {
                errors.Add(new ValidationError($"{path}.instrument.version", $"'{result.Instrument.Version}' does not start with a major version number"));
            }
            else if (result.Instrument.Id != first.Instrument.Id || result.Instrument.MajorVersion != first.Instrument.MajorVersion)
            {
                errors.Add(new ValidationError($"{path}.instrument", $"{result.Instrument} differs from {first.Instrument} of results[0]; norms hold one instrument id and major version"));
            }

            if (ContributionProblem(result) is { } problem)
            {
                errors.Add(new ValidationError(path, problem));
            }

            if (string.IsNullOrWhiteSpace(result.Agency?.Id))
            {
                errors.Add(new ValidationError($"{path}.agency", "names no agency; norms count agencies, so every result must name its agency"));
            }
            else if (!agencies.TryAdd(result.Agency.Id, i))
            {
                errors.Add(new ValidationError($"{path}.agency.id", $"'{result.Agency.Id}' is also results[{agencies[result.Agency.Id]}]; an agency counts once (use its latest result)"));
            }
        }

        if (errors.Count > 0)
        {
            throw new AssessmentValidationException("results", errors);
        }

        return new NormsInstrument(first.Instrument.Id, first.Instrument.MajorVersion!.Value);
    }
}
