using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using WellnessAssessment.Register;

namespace WellnessAssessment.Api.Register;

/// <summary>
/// The register as an iCalendar file (RFC 5545, written by Ical.Net): one VTODO per action, its UID stable across
/// exports (<c>{actionId}@{agencyId}.wellness-assessment</c>) so a calendar re-import updates instead of duplicating,
/// DUE as an all-day date, STATUS mapped from the register status. UTF-8 without a byte-order mark, CRLF, lines
/// folded at 75 octets by the serializer.
/// </summary>
internal static class RegisterCalendar
{
    public const string ProductId = "-//WellnessAssessment//Action register//EN";

    public static byte[] Write(string agencyId, string agencyName, IReadOnlyList<RegisterAction> actions, DateTimeOffset now)
    {
        var calendar = new Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", $"{agencyName}: action plan");
        var stamp = new CalDateTime(now.UtcDateTime, CalDateTime.UtcTzId, hasTime: true);
        foreach (var action in actions)
        {
            var todo = new Todo
            {
                Uid = $"{action.Id}@{agencyId}.wellness-assessment",
                DtStamp = stamp,
                Summary = action.Recommendation,
                Description = Description(action),
                Status = action.Status switch
                {
                    ActionStatus.Planned => TodoStatus.NeedsAction,
                    ActionStatus.InProgress => TodoStatus.InProcess,
                    ActionStatus.Done => TodoStatus.Completed,
                    _ => TodoStatus.Cancelled,
                },
            };
            if (action.Due is { } due)
            {
                todo.Due = new CalDateTime(due);
            }

            if (action.Status == ActionStatus.Done && action.History.LastOrDefault(change => change.Status == ActionStatus.Done) is { } done)
            {
                // COMPLETED must be a UTC date-time (RFC 5545 3.8.2.1); the register keeps days, so noon UTC of that day.
                todo.Completed = new CalDateTime(done.Date.ToDateTime(new TimeOnly(12, 0)), CalDateTime.UtcTzId, hasTime: true);
            }

            if (action.EvidenceLink is { } link && Uri.TryCreate(link, UriKind.Absolute, out var uri))
            {
                todo.Url = uri;
            }

            calendar.Todos.Add(todo);
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
    }

    private static string Description(RegisterAction action)
    {
        var text = new StringBuilder();
        text.Append("Item: ").Append(action.ItemId).Append(" (").Append(action.DomainId).Append(')').Append('\n');
        text.Append("Owner: ").Append(action.Owner).Append('\n');
        text.Append("Assignee: ").Append(action.Assignee ?? "not assigned").Append('\n');
        text.Append("Status: ").Append(RegisterCsv.StatusName(action.Status));
        if (action.DroppedReason is { } reason)
        {
            text.Append(" (").Append(reason).Append(')');
        }

        if (action.Notes is { } notes)
        {
            text.Append('\n').Append("Notes: ").Append(notes);
        }

        return text.ToString();
    }
}
