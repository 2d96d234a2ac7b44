using System.Globalization;
using WellnessAssessment.Instruments;
using WellnessAssessment.Register;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Reports.Model;

/// <summary>Adds a register's assignee, due day and status to the plan rows, and the progress section, to a report model.</summary>
internal static class RegisterPresentation
{
    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    public static void Check(ActionTracking tracking, AssessmentResult result)
    {
        var errors = tracking.Register.Validate().Select(error => error with { Path = "tracking.register." + error.Path }).ToList();
        if (tracking.Progress is { } progress && progress.LaterInstrument != result.Instrument)
        {
            errors.Add(new ValidationError("tracking.progress", $"The progress report measures {progress.LaterInstrument}, but the report is of {result.Instrument}."));
        }

        if (errors.Count > 0)
        {
            throw new AssessmentValidationException("report", errors);
        }
    }

    public static ReportModel Apply(ReportModel model, ActionTracking tracking, Instrument instrument)
    {
        var byItem = new Dictionary<string, RegisterAction>(StringComparer.Ordinal);
        foreach (var action in tracking.Register.Actions)
        {
            byItem[action.ItemId] = action; // the latest adopted action for an item wins
        }

        ActionRow Fill(ActionRow row) => row.ItemId is { } itemId && byItem.TryGetValue(itemId, out var action)
            ? row with { Assignee = action.Assignee ?? string.Empty, Due = action.Due?.ToString("MMM d, yyyy", Us) ?? string.Empty, Status = Status(action) }
            : row;

        return model with
        {
            HasRegister = true,
            ActionPlan = [.. model.ActionPlan.Select(group => group with { Rows = [.. group.Rows.Select(Fill)] })],
            Later = [.. model.Later.Select(Fill)],
            Progress = tracking.Progress is { } progress ? Section(progress, instrument) : null,
        };
    }

    private static ProgressSection Section(ProgressReport progress, Instrument instrument)
    {
        var items = instrument.Items.ToDictionary(item => item.Id, item => item.Text, StringComparer.Ordinal);
        var domains = instrument.Domains.ToDictionary(domain => domain.Id, domain => domain.Title, StringComparer.Ordinal);
        string Practice(string id) => items.GetValueOrDefault(id) ?? id;

        var intro = $"The actions adopted from the earlier assessment ({(progress.EarlierRespondents?.ToString(Us) ?? "fewer than the minimum of")} respondents) and how the practice each was meant to improve scored in this one ({(progress.LaterRespondents?.ToString(Us) ?? "fewer than the minimum of")} respondents). " +
            "A change counts as real only when the two 95% confidence intervals do not overlap; otherwise it may be noise. Scores are 0–100.";
        var rows = progress.Actions.Select(action => new ProgressRow(
            action.Recommendation,
            Practice(action.ItemId),
            StatusWithDate(action),
            Change(action.Item),
            Intervals(action.Item),
            Verdict(action.Item.Signal),
            $"{domains.GetValueOrDefault(action.DomainId) ?? action.DomainId}: {Change(action.Domain)} ({Verdict(action.Domain.Signal).ToLowerInvariant()})")).ToList();
        var moved = progress.MovedWithoutAction.Select(item => new MovementRow(Practice(item.Id), Change(item), Intervals(item), Verdict(item.Signal))).ToList();
        var recommendations = progress.Actions.ToDictionary(action => action.ActionId, StringComparer.Ordinal);
        var still = progress.ActionsWithoutMovement.Select(id => recommendations.TryGetValue(id, out var action)
            ? $"{Practice(action.ItemId)} ({StatusWithDate(action).ToLowerInvariant()}): {Verdict(action.Item.Signal).ToLowerInvariant()}."
            : id).ToList();
        return new ProgressSection(intro, rows, moved, still);
    }

    private static string Status(RegisterAction action) => action.Status switch
    {
        ActionStatus.Planned => "Planned",
        ActionStatus.InProgress => "In progress",
        ActionStatus.Done => "Done",
        _ => "Dropped",
    };

    private static string StatusWithDate(ActionProgress action) => action.Status switch
    {
        ActionStatus.Done when action.DoneOn is { } day => $"Done {day.ToString("MMM d, yyyy", Us)}",
        ActionStatus.Done => "Done",
        ActionStatus.InProgress => "In progress",
        ActionStatus.Planned => "Planned",
        _ => $"Dropped: {action.DroppedReason}",
    };

    private static string Change(ScoreMovement movement) =>
        movement.Then is { } then && movement.Now is { } now && movement.Delta is { } delta
            ? $"{then.ToString("0.0", Us)} to {now.ToString("0.0", Us)} ({delta.ToString("+0.0;-0.0;0.0", Us)})"
            : "not comparable";

    private static string Intervals(ScoreMovement movement) =>
        movement.ThenCi95 is { } then && movement.NowCi95 is { } now
            ? $"{then.Low.ToString("0.0", Us)}–{then.High.ToString("0.0", Us)} to {now.Low.ToString("0.0", Us)}–{now.High.ToString("0.0", Us)}"
            : "no interval (fewer than 2 answers)";

    private static string Verdict(ChangeSignal signal) => signal switch
    {
        ChangeSignal.Improved => "Improved",
        ChangeSignal.Declined => "Declined",
        ChangeSignal.WithinNoise => "No clear change",
        ChangeSignal.Undetermined => "Cannot tell",
        _ => "Not comparable",
    };
}
