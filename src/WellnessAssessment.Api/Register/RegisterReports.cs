using WellnessAssessment.Api.Assessments;
using WellnessAssessment.Instruments;
using WellnessAssessment.Register;
using WellnessAssessment.Reports;
using WellnessAssessment.Scoring;
using WellnessAssessment.Storage.Assessments;
using WellnessAssessment.Storage.Register;

namespace WellnessAssessment.Api.Register;

/// <summary>What a cycle's report shows of the register: this cycle's adopted actions, and the progress of the previous closed cycle's.</summary>
internal static class RegisterReports
{
    /// <summary>The tracking for the cycle's report, or <see langword="null"/> when the agency's register holds nothing for either cycle.</summary>
    public static async Task<ActionTracking?> TrackingAsync(
        HttpContext http, Assessment assessment, AssessmentResult current, AssessmentResult? previous, CancellationToken cancellationToken)
    {
        var store = http.RequestServices.GetRequiredService<ActionRegisterStore>();
        var stored = await store.ListAsync(assessment.AgencyId, cancellationToken).ConfigureAwait(false);
        if (stored.Count == 0)
        {
            return null;
        }

        var actions = stored.Select(each => each.Action).ToList();
        var own = new ActionRegister { Actions = [.. actions.Where(action => action.SourceCycle == assessment.Id)] };
        ProgressReport? progress = null;
        if (previous is not null
            && await http.RequestServices.GetRequiredService<CycleResults>().PreviousClosedCycleAsync(assessment, cancellationToken).ConfigureAwait(false) is { } previousCycle)
        {
            var earlier = new ActionRegister { Actions = [.. actions.Where(action => action.SourceCycle == previousCycle.Id)] };
            if (earlier.Actions.Count > 0)
            {
                var catalog = http.RequestServices.GetRequiredService<InstrumentCatalog>();
                progress = ProgressCalculator.Compute(earlier, previous, current, catalog.FindCrosswalk(previous.Instrument, current.Instrument));
            }
        }

        return own.Actions.Count == 0 && progress is null ? null : new ActionTracking(own, progress);
    }
}
