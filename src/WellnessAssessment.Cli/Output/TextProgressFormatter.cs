using System.Globalization;
using System.Text;
using WellnessAssessment.Instruments;
using WellnessAssessment.Register;

namespace WellnessAssessment.Cli.Output;

/// <summary>The progress report as plain text for a terminal: it presents the core's figures, computing none.</summary>
internal static class TextProgressFormatter
{
    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    public static string Format(ProgressReport report, Instrument instrument)
    {
        var items = instrument.Items.ToDictionary(item => item.Id, item => item.Text, StringComparer.Ordinal);
        var text = new StringBuilder();
        text.Append(Us, $"What we did and what changed: {report.EarlierInstrument} ({report.EarlierRespondents} respondents) to {report.LaterInstrument} ({report.LaterRespondents} respondents)").Append('\n');
        text.Append("A change counts only when the two 95% intervals do not overlap.\n\n");
        text.Append(Us, $"Actions ({report.Actions.Count})").Append('\n');
        foreach (var action in report.Actions)
        {
            text.Append("- ").Append(action.ItemId).Append(": ").Append(items.GetValueOrDefault(action.ItemId) ?? action.ItemId).Append('\n');
            text.Append("  ").Append(Status(action)).Append(action.Assignee is { } who ? $" · {who}" : string.Empty)
                .Append(action.Due is { } due ? $" · due {due.ToString("yyyy-MM-dd", Us)}" : string.Empty).Append('\n');
            text.Append("  item   ").Append(Line(action.Item)).Append('\n');
            text.Append("  domain ").Append(action.DomainId).Append(' ').Append(Line(action.Domain)).Append('\n');
        }

        text.Append('\n').Append(Us, $"Items that moved without an action ({report.MovedWithoutAction.Count})").Append('\n');
        foreach (var item in report.MovedWithoutAction)
        {
            text.Append("- ").Append(item.Id).Append(' ').Append(Line(item)).Append('\n');
        }

        text.Append('\n').Append(Us, $"Actions in progress or done whose item did not move ({report.ActionsWithoutMovement.Count})").Append('\n');
        foreach (var id in report.ActionsWithoutMovement)
        {
            text.Append("- ").Append(id).Append('\n');
        }

        return text.ToString();
    }

    private static string Status(ActionProgress action) => action.Status switch
    {
        ActionStatus.Done => action.DoneOn is { } day ? $"done {day.ToString("yyyy-MM-dd", Us)}" : "done",
        ActionStatus.InProgress => "in progress",
        ActionStatus.Planned => "planned",
        _ => $"dropped: {action.DroppedReason}",
    };

    private static string Line(ScoreMovement movement)
    {
        if (movement.Then is not { } then || movement.Now is not { } now || movement.Delta is not { } delta)
        {
            return "not comparable";
        }

        var intervals = movement.ThenCi95 is { } a && movement.NowCi95 is { } b
            ? $" [95% CI {a.Low.ToString("0.0", Us)}–{a.High.ToString("0.0", Us)} → {b.Low.ToString("0.0", Us)}–{b.High.ToString("0.0", Us)}]"
            : " [no interval]";
        var signal = movement.Signal switch
        {
            ChangeSignal.Improved => "improved",
            ChangeSignal.Declined => "declined",
            ChangeSignal.WithinNoise => "within noise",
            ChangeSignal.Undetermined => "cannot tell",
            _ => "not comparable",
        };
        return $"{then.ToString("0.0", Us)} → {now.ToString("0.0", Us)} ({delta.ToString("+0.0;-0.0;0.0", Us)}){intervals} {signal}";
    }
}
