using WellnessAssessment.Validation;

namespace WellnessAssessment.Norms;

/// <summary>
/// Checks norms read from a file: the current format, a minimum of at least 5 agencies, and cells that keep their own
/// promises (a published cell holds at least the minimum, exactly the statistics its number of agencies allows, ordered
/// and on 0–100; a withheld cell holds no figures). Hand-written: the checks span sibling fields of each cell.
/// </summary>
internal static class PeerNormsValidator
{
    public static PeerNorms ThrowIfInvalid(PeerNorms norms)
    {
        Validate(norms).ThrowIfInvalid();
        return norms;
    }

    public static ValidationOutcome Validate(PeerNorms norms)
    {
        var errors = new List<ValidationError>();
        if (norms.Format != PeerNorms.CurrentFormat)
        {
            errors.Add(new ValidationError("format", $"is '{norms.Format}'; expected '{PeerNorms.CurrentFormat}'"));
        }

        if (norms.Instrument is null || string.IsNullOrWhiteSpace(norms.Instrument.Id))
        {
            errors.Add(new ValidationError("instrument", "must name the instrument id and major version"));
        }

        if (norms.MinimumAgencies < NormsOptions.SmallestAllowedMinimumAgencies)
        {
            errors.Add(new ValidationError("minimumAgencies", $"is {norms.MinimumAgencies}; must be at least {NormsOptions.SmallestAllowedMinimumAgencies}"));
        }

        if (norms.Contributions is null)
        {
            errors.Add(new ValidationError("contributions", ValidationMessages.Required));
        }

        if (norms.Cells is null)
        {
            errors.Add(new ValidationError("cells", ValidationMessages.Required));
        }
        else
        {
            for (var i = 0; i < norms.Cells.Count; i++)
            {
                CheckCell(norms.Cells[i], $"cells[{i}]", norms.MinimumAgencies, errors);
            }
        }

        return new ValidationOutcome("norms", errors);
    }

    private static void CheckCell(NormCell? cell, string path, int minimum, List<ValidationError> errors)
    {
        if (cell is null)
        {
            errors.Add(new ValidationError(path, "is null"));
            return;
        }

        if ((cell.Scope == NormScope.Overall) != (cell.Id is null))
        {
            errors.Add(new ValidationError($"{path}.id", "must be null for the overall score and a section or domain id otherwise"));
        }

        double?[] figures = [cell.Mean, cell.P10, cell.P25, cell.P50, cell.P75, cell.P90];
        if (cell.Withheld)
        {
            if (cell.Agencies is not null || figures.Any(value => value is not null))
            {
                errors.Add(new ValidationError(path, "is withheld but carries figures; a withheld cell's agencies, mean and percentiles are null"));
            }

            return;
        }

        if (cell.Agencies is not { } agencies || agencies < minimum)
        {
            errors.Add(new ValidationError($"{path}.agencies", $"must be at least minimumAgencies ({minimum}) in a published cell"));
            return;
        }

        // The statistics a cell may carry scale with its agencies (NormTiers).
        var quartiles = NormTiers.HasQuartiles(agencies, minimum);
        var full = NormTiers.HasFullRange(agencies, minimum);
        double?[] expected = [full ? cell.Mean : null, full ? cell.P10 : null, quartiles ? cell.P25 : null, cell.P50, quartiles ? cell.P75 : null, full ? cell.P90 : null];
        if (!figures.SequenceEqual(expected))
        {
            errors.Add(new ValidationError(path, $"a cell of {agencies} agencies publishes {(full ? "the mean and p10 … p90" : quartiles ? "p25, p50 and p75 only" : "the median only")} (5–9 agencies: the median; 10–19: the quartiles; 20 or more: p10 … p90 and the mean)"));
        }
        else if (expected.Any(value => value is { } number && (!double.IsFinite(number) || number < 0 || number > 100)) || cell.P50 is null
            || (full && expected.Any(value => value is null)) || (quartiles && (cell.P25 is null || cell.P75 is null)))
        {
            errors.Add(new ValidationError(path, "a published cell needs its statistics from 0 to 100"));
        }
        else if (!quartiles && cell.P50 != Math.Round(cell.P50.Value))
        {
            errors.Add(new ValidationError($"{path}.p50", "a median of fewer than 10 agencies is rounded to whole points"));
        }
        else if (!(Ordered(cell.P10, cell.P25) && Ordered(cell.P25, cell.P50) && Ordered(cell.P50, cell.P75) && Ordered(cell.P75, cell.P90)))
        {
            errors.Add(new ValidationError(path, "percentiles must not decrease (p10 ≤ p25 ≤ p50 ≤ p75 ≤ p90)"));
        }
    }

    private static bool Ordered(double? lower, double? upper) => lower is null || upper is null || lower <= upper;
}
