using WellnessAssessment.Responses;
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
/// applied to agencies.
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

    private static NormCell Cell(NormScope scope, string? id, AgencySize? band, List<double> scores, NormWithholdReason? reason)
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

        return new NormCell
        {
            Scope = scope,
            Id = id,
            SizeBand = band,
            Agencies = sorted.Length,
            Withheld = false,
            WithheldReason = null,
            Mean = Math.Clamp(sum / sorted.Length, sorted[0], sorted[^1]),
            P10 = Percentiles.OfSorted(sorted, 0.10),
            P25 = Percentiles.OfSorted(sorted, 0.25),
            P50 = Percentiles.OfSorted(sorted, 0.50),
            P75 = Percentiles.OfSorted(sorted, 0.75),
            P90 = Percentiles.OfSorted(sorted, 0.90),
        };
    }

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
